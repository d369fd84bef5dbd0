// The answers a door can get, and the sentence a steward reads for each.
export const CHECK_IN_OUTCOMES = [
  'ADMITTED',
  'ALREADY_CHECKED_IN',
  'NOT_VALID_FOR_ZONE',
  'NOT_VALID_FOR_DAY',
  'REVOKED',
  'NOT_APPROVED',
  'NOT_FOUND',
  'MALFORMED',
  'FORGED',
  'UNKNOWN_KEY',
  'WRONG_EDITION',
] as const;

export type CheckInOutcome = (typeof CHECK_IN_OUTCOMES)[number];

/** Outcomes of a code that is not a genuine badge of this edition: answered, never recorded. */
export const UNRECORDED: ReadonlySet<CheckInOutcome> = new Set<CheckInOutcome>(['MALFORMED', 'FORGED', 'UNKNOWN_KEY', 'WRONG_EDITION', 'NOT_FOUND']);
