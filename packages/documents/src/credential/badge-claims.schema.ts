// The one schema of what an issuer may sign into a badge's code, with the limits the byte
// layout imposes. Written with zod/mini, whose functions tree-shake: the check-in page's
// bundle stays small.
import * as z from 'zod/mini';
import { fromIssue } from '../field-error.js';
import { dayNumber } from './calendar-day.js';
import { MAX_DAY_SPAN, MAX_ZONE } from './claim-masks.js';
import { ZIsoDay } from './iso-day.schema.js';
import { CredentialInputError } from './credential-input.error.js';
import { MAX_FIELD_VALUE } from './credential-layout.js';
import type { BadgeClaims } from './credential.types.js';

const MAX_DAY_NUMBER = 0xffff;
const MAX_SECONDS = 0xffff_ffff;

const wholeNumber = (min: number, max: number) => z.number().check(z.int(), z.gte(min), z.lte(max));

export const ZBadgeClaims = z.object({
  badgeNumber: wholeNumber(1, MAX_FIELD_VALUE),
  serial: wholeNumber(0, MAX_FIELD_VALUE),
  zones: z.array(wholeNumber(0, MAX_ZONE)).check(z.minLength(1, 'must name at least one zone')),
  days: z.array(ZIsoDay).check(
    z.minLength(1, 'must name at least one day'),
    z.refine((days) => {
      const numbers = days.map(dayNumber).filter((n): n is number => n !== undefined);
      return numbers.length < days.length || Math.max(...numbers) - Math.min(...numbers) < MAX_DAY_SPAN;
    }, `must lie within ${MAX_DAY_SPAN} consecutive days`),
    z.refine((days) => days.every((day) => (dayNumber(day) ?? 0) <= MAX_DAY_NUMBER), 'must be no later than 2149-06-06'),
  ),
  issuedAt: z.date().check(
    z.refine((date) => !Number.isNaN(date.getTime()), 'must be a valid date'),
    z.refine((date) => date.getTime() >= 0 && date.getTime() / 1000 <= MAX_SECONDS, 'must lie between 1970 and 2106'),
  ),
});

/** Validated claims, or a CredentialInputError naming the first offending field. */
export function parseBadgeClaims(input: unknown): BadgeClaims {
  const parsed = ZBadgeClaims.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw fromIssue((field, problem) => new CredentialInputError(field, problem), 'claims', issue);
}
