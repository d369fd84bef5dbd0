// The building blocks of every mail kind's parameters: text that is safe in a header and on a
// line of the plain-text part, links a recipient may open, calendar days, instants, time zones.
import { z } from 'zod';
import { DateRange } from './date-range.js';

// Line breaks and other control characters would split a header or a line of the plain-text
// part. Bidirectional marks are format characters, not controls: they are allowed, and the
// renderer isolates every value so that they cannot reorder the text around it.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** An error message that says "is required" when the value is missing altogether. */
export function requiredOr(message: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : message);
}

function plainText(max: number) {
  return z
    .string({ error: requiredOr('must be text') })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((value) => !CONTROL_CHARACTERS.test(value), 'must not contain line breaks or control characters');
}

/** A name, title or code shown in a mail: one line, at most 300 characters. */
export const ZPlainText = plainText(300);

/** A longer remark (a decision's reason): one paragraph, at most 2000 characters. */
export const ZRemark = plainText(2000);

/** A link the recipient opens: http or https only, so no javascript: or data: URL reaches a mail. */
export const ZLinkUrl = z.url({ protocol: /^https?$/, error: requiredOr('must be an http:// or https:// URL') });

const CALENDAR_DATE_ERROR = 'must be a calendar date written YYYY-MM-DD';

/** A calendar day ("2024-10-25", or a Date at 00:00 UTC as PostgreSQL's date type gives it). */
export const ZCalendarDate = z.union(
  [
    z.iso.date({ error: CALENDAR_DATE_ERROR }).transform((day) => new Date(`${day}T00:00:00.000Z`)),
    z.date({ error: CALENDAR_DATE_ERROR }).refine(
      (date) => date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0 && date.getUTCMilliseconds() === 0,
      'must be a calendar date (a Date at 00:00 UTC)',
    ),
  ],
  { error: requiredOr(CALENDAR_DATE_ERROR) },
);

/** An edition's first and last day. */
export const ZDateRange = z
  .object({ start: ZCalendarDate, end: ZCalendarDate }, { error: requiredOr('must be { start, end } calendar dates') })
  .refine((range) => range.end >= range.start, { error: 'must not be before start', path: ['end'] })
  .transform((range) => new DateRange(range.start, range.end));

const INSTANT_ERROR = 'must be an ISO 8601 date-time with a time zone offset, e.g. 2024-10-25T09:30:00Z';

/** A moment in time (a sign-in, an expiry), shown in the time zone the mail names. */
export const ZInstant = z.union(
  [z.iso.datetime({ offset: true, error: INSTANT_ERROR }).transform((value) => new Date(value)), z.date({ error: INSTANT_ERROR })],
  { error: requiredOr(INSTANT_ERROR) },
);

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The IANA time zone in which a mail shows its instants; UTC unless the sender knows better. */
export const ZTimeZone = z
  .string({ error: requiredOr('must be an IANA time zone name') })
  .refine(isTimeZone, 'must be an IANA time zone name, e.g. Asia/Shanghai')
  .default('UTC');

/** A positive whole number (hours, minutes, a place in a queue). */
export const ZPositiveCount = z.number({ error: requiredOr('must be a number') }).int('must be a whole number').positive('must be at least 1');

/**
 * What an organizer may do within a series. The values are the database's OrganizerRole enum
 * (a test checks that they agree), so a role grant passes through unchanged.
 */
export const ORGANIZER_ROLES = ['SERIES_ADMIN', 'PROGRAMME_EDITOR', 'REGISTRATION_OFFICER', 'CHECKIN_STAFF', 'MEDIA_OFFICER'] as const;
export type OrganizerRole = (typeof ORGANIZER_ROLES)[number];
export const ZOrganizerRole = z.enum(ORGANIZER_ROLES, { error: requiredOr(`must be one of ${ORGANIZER_ROLES.join(', ')}`) });
