// What can be wrong with a registration or a delegation's import file, as stable codes with
// parameters: the portal translates each code with its catalogues and puts it beside its field;
// the English messages here serve logs, the api and tests.
import type { z } from 'zod';

/** The parameters each problem code carries (an empty object: none). */
export interface RegistrationProblemParams {
  required: object;
  unknown_field: object;
  not_asked: object;
  wrong_type: { expected: 'text' | 'list' | 'yes-no' | 'group' };
  too_short: { min: number };
  too_long: { max: number };
  pattern_mismatch: object;
  invalid_characters: object;
  invalid_email: object;
  invalid_phone: object;
  not_latin: object;
  script_mismatch: { script: string };
  invalid_language_tag: object;
  language_not_offered: { allowed: readonly string[] };
  invalid_country: object;
  country_not_allowed: { allowed: readonly string[] };
  invalid_date: object;
  date_too_early: { min: string };
  date_too_late: { max: string };
  not_an_option: { allowed: readonly string[] };
  duplicate_choice: object;
  too_many_choices: { max: number };
  must_be_checked: object;
  invalid_reference: object;
  invalid_passport_number: object;
  passport_expires_too_soon: { min: string };
  consent_outdated: { noticeId: string; version: string };
  visa_not_offered: object;
  invalid: object;
  file_too_large: { maxBytes: number };
  too_many_rows: { max: number };
  no_rows: object;
  malformed_csv: { reason: string };
  unknown_column: { column: string };
  duplicate_column: { column: string };
  missing_column: { column: string };
  duplicate_in_file: { firstLine: number };
}

export type RegistrationProblemCode = keyof RegistrationProblemParams;

/** A problem without its place: the code and its parameters. */
export type ProblemDetail = { [C in RegistrationProblemCode]: { code: C } & RegistrationProblemParams[C] }[RegistrationProblemCode];

/**
 * One problem of a submission, placed at its field: a form field key ("email"), a custom field
 * ("custom.company_size"), a part of a group ("passport.expiryDate", "nativeName.language"), or
 * "" for the submission (or file) as a whole.
 */
export type RegistrationProblem = { field: string } & ProblemDetail;

const list = (values: readonly string[]): string => values.join(', ');

const expectedText: Record<RegistrationProblemParams['wrong_type']['expected'], string> = {
  text: 'must be text',
  list: 'must be a list of choices',
  'yes-no': 'must be yes or no',
  group: 'must be a group of fields',
};

const scriptNames = new Intl.DisplayNames('en', { type: 'script', fallback: 'code' });

const mebibytes = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB` : `${Math.ceil(bytes / 1024)} KiB`;

// One English message per code; the mapped type makes a new code without a message a compile error.
const messages: { [C in RegistrationProblemCode]: (params: RegistrationProblemParams[C]) => string } = {
  required: () => 'required',
  unknown_field: () => 'not a field of this form',
  not_asked: () => 'not asked in this category',
  wrong_type: ({ expected }) => expectedText[expected],
  too_short: ({ min }) => `too short (at least ${min} characters)`,
  too_long: ({ max }) => `too long (at most ${max} characters)`,
  pattern_mismatch: () => 'not in the expected format',
  invalid_characters: () => 'contains control characters; type or paste the text again',
  invalid_email: () => 'not an email address',
  invalid_phone: () => 'not a phone number in international form (e.g. +7 7172 123456)',
  not_latin: () => 'must be written in Latin letters, as in the passport',
  script_mismatch: ({ script }) => `must be written in the ${scriptNames.of(script) ?? script} script of its language`,
  invalid_language_tag: () => 'not a language tag (e.g. ru, zh-Hans, kk)',
  language_not_offered: ({ allowed }) => `not offered at this edition; choose one of ${list(allowed)}`,
  invalid_country: () => 'not an ISO 3166-1 country code (two capital letters, e.g. KZ)',
  country_not_allowed: ({ allowed }) => `not accepted here; choose one of ${list(allowed)}`,
  invalid_date: () => 'not a calendar date in the form YYYY-MM-DD',
  date_too_early: ({ min }) => `must be on or after ${min}`,
  date_too_late: ({ max }) => `must be on or before ${max}`,
  not_an_option: ({ allowed }) => `not one of the choices (${list(allowed)})`,
  duplicate_choice: () => 'lists the same choice twice',
  too_many_choices: ({ max }) => `too many choices (at most ${max})`,
  must_be_checked: () => 'must be checked',
  invalid_reference: () => 'not a reference to an uploaded file',
  invalid_passport_number: () => 'not a passport number (5 to 20 letters and digits)',
  passport_expires_too_soon: ({ min }) => `the passport must still be valid on ${min}`,
  consent_outdated: ({ noticeId, version }) =>
    `accepts another privacy notice; read and accept "${noticeId}" version ${version}`,
  visa_not_offered: () => 'this category offers no visa-support letter, so no passport data is taken',
  invalid: () => 'not a valid value',
  file_too_large: ({ maxBytes }) => `the file is larger than ${mebibytes(maxBytes)}; split it into smaller files`,
  too_many_rows: ({ max }) => `the file has more than ${max} members; split it into smaller files`,
  no_rows: () => 'the file has no members: a header line and one line per member are expected',
  malformed_csv: ({ reason }) => `not a readable CSV file (${reason})`,
  unknown_column: ({ column }) => `column "${column}" is not one of the import columns`,
  duplicate_column: ({ column }) => `column "${column}" appears twice`,
  missing_column: ({ column }) => `the file has no "${column}" column, and this category requires it`,
  duplicate_in_file: ({ firstLine }) => `the same as on line ${firstLine}`,
};

/** Every problem code, for translation catalogues and their parity tests. */
export const REGISTRATION_PROBLEM_CODES = Object.keys(messages) as readonly RegistrationProblemCode[];

/** The English message of a problem, without its field: "not an email address". */
export function describeProblem(problem: ProblemDetail): string {
  const message = messages[problem.code] as (params: ProblemDetail) => string;
  return message(problem);
}

/** "email: not an email address", or the message alone for the submission as a whole. */
export function formatRegistrationProblem(problem: RegistrationProblem): string {
  const message = describeProblem(problem);
  return problem.field ? `${problem.field}: ${message}` : message;
}

/** Reports a problem on a zod refinement context; the issue carries the problem as its params. */
export function reportProblem(ctx: z.RefinementCtx, detail: ProblemDetail, path: readonly PropertyKey[] = []): void {
  ctx.addIssue({ code: 'custom', message: describeProblem(detail), params: { problem: detail }, path: [...path] });
}

/** Re-reports the issues of a nested parse on `ctx`, under `prefix`. */
export function forwardIssues(ctx: z.RefinementCtx, error: z.ZodError, prefix: readonly PropertyKey[]): void {
  for (const issue of error.issues) {
    ctx.addIssue({ ...issue, path: [...prefix, ...issue.path] } as Parameters<z.RefinementCtx['addIssue']>[0]);
  }
}

function isProblemDetail(value: unknown): value is ProblemDetail {
  return typeof value === 'object' && value !== null && Object.hasOwn(messages, (value as { code?: unknown }).code as string);
}

const expectedByZodType: Record<string, RegistrationProblemParams['wrong_type']['expected']> = {
  string: 'text',
  array: 'list',
  boolean: 'yes-no',
  object: 'group',
};

/**
 * Field-level problems of a failed parse of a registration schema. Our own checks carry their
 * problem; the few zod reports of structure (an unknown key, a group that is not an object) are
 * translated here, one problem per unknown key.
 */
export function problemsFromZodError(error: z.ZodError): RegistrationProblem[] {
  return error.issues.flatMap((issue): RegistrationProblem[] => {
    const field = issue.path.map(String).join('.');
    const at = (key: string): string => (field ? `${field}.${key}` : key);
    if (issue.code === 'custom' && isProblemDetail(issue.params?.['problem'])) {
      return [{ field, ...issue.params['problem'] }];
    }
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ field: at(key), code: 'unknown_field' }));
    if (issue.code === 'invalid_type') {
      const expected = expectedByZodType[issue.expected];
      if (expected) return [{ field, code: 'wrong_type', expected }];
    }
    return [{ field, code: 'invalid' }];
  });
}
