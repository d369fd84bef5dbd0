// The mail Caravan sends, one definition per kind: who receives it, the parameters its
// templates use, which parameters are listed as details under the text and which are links.
// Every other list of kinds (the templates of each language, the samples, the tests) is typed
// from MAIL_KIND_DEFINITIONS, so a kind added here is missing everywhere until it is written.
import { z } from 'zod';
import {
  ZCalendarDate,
  ZDateRange,
  ZInstant,
  ZLinkUrl,
  ZOrganizerRole,
  ZPlainText,
  ZPositiveCount,
  ZRemark,
  ZTimeZone,
} from './param-schemas.js';

export type MailAudience = 'participant' | 'organizer';

type UrlKeys<S extends z.ZodRawShape> = { [P in keyof S & string]: S[P] extends typeof ZLinkUrl ? P : never }[keyof S & string];

interface MailKindSpec<S extends z.ZodRawShape, D extends keyof S & string, L extends UrlKeys<S>> {
  audience: MailAudience;
  params: S;
  /** The parameter the greeting names ("Dear {name},"); null greets "Dear colleague,". */
  greeting: (keyof S & string) | null;
  /** Parameters listed as "label: value" under the text, in this order; absent optional ones are left out. */
  details: readonly D[];
  /** URL parameters shown as links: the first as the button, the others under it. */
  links: readonly L[];
  /** Whether the mail must carry a file (the visa-support letter). */
  attachment: 'none' | 'required';
}

function defineMailKind<S extends z.ZodRawShape, const D extends keyof S & string, const L extends UrlKeys<S>>(spec: MailKindSpec<S, D, L>) {
  // Strict: a misspelt parameter is an error naming it, not a value silently left out.
  return { ...spec, schema: z.strictObject(spec.params) };
}

// Every participant mail names its edition and series; the sign-off and the header use them.
const participant = {
  participantName: ZPlainText,
  editionName: ZPlainText,
  seriesName: ZPlainText,
};

const application = {
  ...participant,
  category: ZPlainText,
  reference: ZPlainText,
  dates: ZDateRange,
};

const confirmation = {
  audience: 'participant',
  params: { ...application, portalUrl: ZLinkUrl, magicLinkUrl: ZLinkUrl },
  greeting: 'participantName',
  details: ['editionName', 'dates', 'category', 'reference'],
  links: ['magicLinkUrl', 'portalUrl'],
  attachment: 'none',
} as const;

export const MAIL_KIND_DEFINITIONS = {
  'registration.received': defineMailKind({
    audience: 'participant',
    params: { ...application, magicLinkUrl: ZLinkUrl },
    greeting: 'participantName',
    details: ['editionName', 'dates', 'category', 'reference'],
    links: ['magicLinkUrl'],
    attachment: 'none',
  }),
  'registration.approved': defineMailKind(confirmation),
  'registration.rejected': defineMailKind({
    audience: 'participant',
    params: { ...participant, reference: ZPlainText, reason: ZRemark.optional() },
    greeting: 'participantName',
    details: ['editionName', 'reference', 'reason'],
    links: [],
    attachment: 'none',
  }),
  'registration.waitlisted': defineMailKind({
    audience: 'participant',
    params: { ...application, waitlistPosition: ZPositiveCount.optional(), magicLinkUrl: ZLinkUrl },
    greeting: 'participantName',
    details: ['editionName', 'dates', 'category', 'reference', 'waitlistPosition'],
    links: ['magicLinkUrl'],
    attachment: 'none',
  }),
  // Approved from the waiting list: the same facts, told differently.
  'registration.promoted': defineMailKind(confirmation),
  'application.access-link': defineMailKind({
    audience: 'participant',
    params: { ...participant, reference: ZPlainText, magicLinkUrl: ZLinkUrl, expiresInHours: ZPositiveCount },
    greeting: 'participantName',
    details: ['editionName', 'reference'],
    links: ['magicLinkUrl'],
    attachment: 'none',
  }),
  'delegation.invitation': defineMailKind({
    audience: 'participant',
    params: {
      ...participant,
      delegationName: ZPlainText,
      dates: ZDateRange,
      invitationUrl: ZLinkUrl,
      registrationDeadline: ZCalendarDate,
    },
    greeting: 'participantName',
    details: ['editionName', 'dates', 'delegationName'],
    links: ['invitationUrl'],
    attachment: 'none',
  }),
  'visa-letter.issued': defineMailKind({
    audience: 'participant',
    params: { ...participant, reference: ZPlainText, dates: ZDateRange },
    greeting: 'participantName',
    details: ['editionName', 'dates', 'reference'],
    links: [],
    attachment: 'required',
  }),
  'data-export.ready': defineMailKind({
    audience: 'participant',
    params: { ...participant, downloadUrl: ZLinkUrl, expiresAt: ZInstant, timeZone: ZTimeZone },
    greeting: 'participantName',
    details: ['editionName'],
    links: ['downloadUrl'],
    attachment: 'none',
  }),
  'organizer.password-reset': defineMailKind({
    audience: 'organizer',
    params: { organizerName: ZPlainText, resetUrl: ZLinkUrl, expiresInMinutes: ZPositiveCount },
    greeting: 'organizerName',
    details: [],
    links: ['resetUrl'],
    attachment: 'none',
  }),
  'organizer.team-invitation': defineMailKind({
    audience: 'organizer',
    params: {
      inviterName: ZPlainText,
      seriesName: ZPlainText,
      role: ZOrganizerRole,
      acceptUrl: ZLinkUrl,
      expiresAt: ZInstant,
      timeZone: ZTimeZone,
    },
    greeting: null,
    details: ['seriesName'],
    links: ['acceptUrl'],
    attachment: 'none',
  }),
  'organizer.sign-in-alert': defineMailKind({
    audience: 'organizer',
    params: {
      organizerName: ZPlainText,
      signedInAt: ZInstant,
      timeZone: ZTimeZone,
      ipAddress: ZPlainText,
      device: ZPlainText,
      location: ZPlainText.optional(),
      securityUrl: ZLinkUrl,
    },
    greeting: 'organizerName',
    details: ['ipAddress', 'device', 'location'],
    links: ['securityUrl'],
    attachment: 'none',
  }),
} as const;

export type MailKindDefinitions = typeof MAIL_KIND_DEFINITIONS;
export type MailKind = keyof MailKindDefinitions;

/** Every kind, in the order above. */
export const MAIL_KINDS = Object.keys(MAIL_KIND_DEFINITIONS) as MailKind[];

/** What a caller passes (ISO strings or Dates, optional time zone). */
export type MailParamsInput<K extends MailKind> = z.input<MailKindDefinitions[K]['schema']>;
/** What a template is formatted with (Dates, DateRange, defaults filled in). */
export type MailParams<K extends MailKind> = z.output<MailKindDefinitions[K]['schema']>;

/** The link parameters of a kind; its templates label each one. */
export type MailLinkParam<K extends MailKind> = MailKindDefinitions[K]['links'][number];

/** Every parameter that some kind lists as a detail row; each language labels them all. */
export type MailDetailParam = { [K in MailKind]: MailKindDefinitions[K]['details'][number] }[MailKind];

export function isMailKind(value: string): value is MailKind {
  return Object.hasOwn(MAIL_KIND_DEFINITIONS, value);
}
