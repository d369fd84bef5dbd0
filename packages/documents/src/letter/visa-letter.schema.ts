// What a visa-support letter states, in one schema: the participant as the passport reads,
// the edition, the issuing organizer, and where the letter can be verified.
import { z } from 'zod';
import { ZIsoDate } from '../pdf/document-date.js';
import { ZDocumentTheme } from '../pdf/document-theme.js';
import { printableText } from '../pdf/printable-text.js';

/** Latin letters with any diacritics, spaces, hyphens, apostrophes and full stops: a passport's visual zone. */
const LATIN_NAME = /^[\p{Script=Latin}\p{M}\s'’.-]+$/u;

export const ZVisaLetterInput = z
  .object({
    letterNumber: printableText(40),
    issuedOn: ZIsoDate,
    /** Where the QR code leads: the public page that confirms the letter. */
    verificationUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(300),
    letterhead: z.object({
      /** The series, e.g. "China–Central Asia Cooperation Forum". */
      seriesName: printableText(120),
      /** Who issues and signs the letter, e.g. the organizing committee's secretariat. */
      issuer: printableText(160),
      address: printableText(200).optional(),
      theme: ZDocumentTheme,
    }),
    signatory: z.object({ name: printableText(120), title: printableText(160) }),
    participant: z.object({
      fullName: printableText(120).refine((name) => LATIN_NAME.test(name), 'must be written in Latin letters, as in the passport'),
      passportNumber: z.string().regex(/^[A-Z0-9]{5,20}$/, 'must be 5 to 20 capital letters and digits, as in the passport'),
      nationality: printableText(80),
      dateOfBirth: ZIsoDate,
      passportExpiry: ZIsoDate,
      organization: printableText(160).optional(),
      position: printableText(120).optional(),
    }),
    edition: z.object({
      title: printableText(160),
      startDate: ZIsoDate,
      endDate: ZIsoDate,
      venue: printableText(160),
      city: printableText(80),
      country: printableText(80),
    }),
  })
  .superRefine((letter, context) => {
    const { edition, participant } = letter;
    if (edition.endDate < edition.startDate) {
      context.addIssue({ code: 'custom', path: ['edition', 'endDate'], message: 'must not be before the start date' });
    }
    if (participant.passportExpiry <= edition.endDate) {
      context.addIssue({ code: 'custom', path: ['participant', 'passportExpiry'], message: 'must be after the edition ends: a visa needs a passport valid for the whole stay' });
    }
    if (participant.dateOfBirth >= letter.issuedOn) {
      context.addIssue({ code: 'custom', path: ['participant', 'dateOfBirth'], message: 'must be before the date of issue' });
    }
  });

export type VisaLetterInput = z.input<typeof ZVisaLetterInput>;
export type ValidVisaLetter = z.output<typeof ZVisaLetterInput>;
