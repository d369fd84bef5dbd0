// What a badge shows, and the series design it is drawn in: one schema each, checked before
// a document is started so bad input never leaves half a PDF behind.
import { z } from 'zod';
import { ZDocumentTheme, ZHexColour } from '../pdf/document-theme.js';
import { ZImageBytes } from '../pdf/image-source.js';
import { printableText } from '../pdf/printable-text.js';

export const ZBadgeDesign = z.object({
  /** The series' name as printed in the header, e.g. "China–Central Asia Cooperation Forum". */
  seriesName: printableText(120),
  /** The edition line under it, e.g. "11th edition · Yinchuan · 25–28 October 2024". */
  editionTitle: printableText(160),
  theme: ZDocumentTheme,
});

export const ZBadgeInput = z.object({
  badgeNumber: z.number().int().min(1),
  /** The name as the participant writes it first, then up to two other scripts (e.g. Latin). */
  names: z.array(printableText(120)).min(1, 'must hold the participant’s name').max(3, 'at most three scripts fit a badge'),
  organization: printableText(160).optional(),
  category: z.object({ name: printableText(60), colour: ZHexColour }),
  /** A portrait, JPEG or PNG; without one the names take the photo's place. */
  photo: ZImageBytes.optional(),
  /** The signed credential the QR code carries (see @caravan/documents/credential). */
  credential: z.string().min(1, 'must hold the signed credential').max(1000),
});

export type BadgeDesign = z.input<typeof ZBadgeDesign>;
export type BadgeInput = z.input<typeof ZBadgeInput>;
export type ValidBadge = z.output<typeof ZBadgeInput>;
