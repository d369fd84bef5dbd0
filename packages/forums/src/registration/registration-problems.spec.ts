import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  describeProblem,
  formatRegistrationProblem,
  type ProblemDetail,
  problemsFromZodError,
  REGISTRATION_PROBLEM_CODES,
  type RegistrationProblemCode,
  reportProblem,
} from './registration-problems.js';

// One example of each code with the English message it reads as; the mapped type makes a code
// without an example a compile error, so the portal's catalogue has a model line for each.
const examples: { [C in RegistrationProblemCode]: [Extract<ProblemDetail, { code: C }>, string] } = {
  required: [{ code: 'required' }, 'required'],
  unknown_field: [{ code: 'unknown_field' }, 'not a field of this form'],
  not_asked: [{ code: 'not_asked' }, 'not asked in this category'],
  wrong_type: [{ code: 'wrong_type', expected: 'yes-no' }, 'must be yes or no'],
  too_short: [{ code: 'too_short', min: 2 }, 'too short (at least 2 characters)'],
  too_long: [{ code: 'too_long', max: 200 }, 'too long (at most 200 characters)'],
  pattern_mismatch: [{ code: 'pattern_mismatch' }, 'not in the expected format'],
  invalid_characters: [{ code: 'invalid_characters' }, 'contains control characters; type or paste the text again'],
  invalid_email: [{ code: 'invalid_email' }, 'not an email address'],
  invalid_phone: [{ code: 'invalid_phone' }, 'not a phone number in international form (e.g. +7 7172 123456)'],
  not_latin: [{ code: 'not_latin' }, 'must be written in Latin letters, as in the passport'],
  script_mismatch: [{ code: 'script_mismatch', script: 'Cyrl' }, 'must be written in the Cyrillic script of its language'],
  invalid_language_tag: [{ code: 'invalid_language_tag' }, 'not a language tag (e.g. ru, zh-Hans, kk)'],
  language_not_offered: [{ code: 'language_not_offered', allowed: ['zh-Hans', 'ru'] }, 'not offered at this edition; choose one of zh-Hans, ru'],
  invalid_country: [{ code: 'invalid_country' }, 'not an ISO 3166-1 country code (two capital letters, e.g. KZ)'],
  country_not_allowed: [{ code: 'country_not_allowed', allowed: ['KZ', 'UZ'] }, 'not accepted here; choose one of KZ, UZ'],
  invalid_date: [{ code: 'invalid_date' }, 'not a calendar date in the form YYYY-MM-DD'],
  date_too_early: [{ code: 'date_too_early', min: '2024-10-20' }, 'must be on or after 2024-10-20'],
  date_too_late: [{ code: 'date_too_late', max: '2024-10-24' }, 'must be on or before 2024-10-24'],
  not_an_option: [{ code: 'not_an_option', allowed: ['JOURNALIST', 'PHOTO'] }, 'not one of the choices (JOURNALIST, PHOTO)'],
  duplicate_choice: [{ code: 'duplicate_choice' }, 'lists the same choice twice'],
  too_many_choices: [{ code: 'too_many_choices', max: 3 }, 'too many choices (at most 3)'],
  must_be_checked: [{ code: 'must_be_checked' }, 'must be checked'],
  invalid_reference: [{ code: 'invalid_reference' }, 'not a reference to an uploaded file'],
  invalid_passport_number: [{ code: 'invalid_passport_number' }, 'not a passport number (5 to 20 letters and digits)'],
  passport_expires_too_soon: [{ code: 'passport_expires_too_soon', min: '2024-10-29' }, 'the passport must still be valid on 2024-10-29'],
  consent_outdated: [
    { code: 'consent_outdated', noticeId: 'caca-11-privacy', version: '2' },
    'accepts another privacy notice; read and accept "caca-11-privacy" version 2',
  ],
  visa_not_offered: [{ code: 'visa_not_offered' }, 'this category offers no visa-support letter, so no passport data is taken'],
  invalid: [{ code: 'invalid' }, 'not a valid value'],
  file_too_large: [{ code: 'file_too_large', maxBytes: 1048576 }, 'the file is larger than 1 MiB; split it into smaller files'],
  too_many_rows: [{ code: 'too_many_rows', max: 500 }, 'the file has more than 500 members; split it into smaller files'],
  no_rows: [{ code: 'no_rows' }, 'the file has no members: a header line and one line per member are expected'],
  malformed_csv: [{ code: 'malformed_csv', reason: 'a quoted cell is never closed' }, 'not a readable CSV file (a quoted cell is never closed)'],
  unknown_column: [{ code: 'unknown_column', column: 'Shoe size' }, 'column "Shoe size" is not one of the import columns'],
  duplicate_column: [{ code: 'duplicate_column', column: 'Email' }, 'column "Email" appears twice'],
  missing_column: [{ code: 'missing_column', column: 'Email' }, 'the file has no "Email" column, and this category requires it'],
  duplicate_in_file: [{ code: 'duplicate_in_file', firstLine: 3 }, 'the same as on line 3'],
};

describe(describeProblem.name, () => {
  it('has an example for every code, and every code a message', () => {
    expect(Object.keys(examples).sort()).toEqual([...REGISTRATION_PROBLEM_CODES].sort());
  });

  it.each(Object.values(examples))('%j reads "%s"', (problem, message) => {
    expect(describeProblem(problem)).toBe(message);
  });
});

describe(formatRegistrationProblem.name, () => {
  it('puts the field first, or the message alone for the whole submission', () => {
    expect(formatRegistrationProblem({ field: 'custom.company_size', code: 'too_long', max: 200 })).toBe(
      'custom.company_size: too long (at most 200 characters)',
    );
    expect(formatRegistrationProblem({ field: '', code: 'wrong_type', expected: 'group' })).toBe('must be a group of fields');
  });
});

describe(problemsFromZodError.name, () => {
  it('reads our problems back, and translates the structure zod reports', () => {
    const schema = z.strictObject({
      email: z.unknown().superRefine((_value, ctx) => reportProblem(ctx, { code: 'invalid_email' })),
      passport: z.strictObject({ number: z.string() }),
      agreed: z.boolean(),
      count: z.number(),
    });
    const error = schema.safeParse({ email: 'x', passport: { number: 5, issuer: 'MIA' }, agreed: 'yes', count: 'many', nickname: 'A' }).error;
    expect(error && problemsFromZodError(error)).toEqual([
      { field: 'email', code: 'invalid_email' },
      { field: 'passport.number', code: 'wrong_type', expected: 'text' },
      { field: 'passport.issuer', code: 'unknown_field' },
      { field: 'agreed', code: 'wrong_type', expected: 'yes-no' },
      { field: 'count', code: 'invalid' },
      { field: 'nickname', code: 'unknown_field' },
    ]);
  });
});

describe('README', () => {
  it('lists every problem code for the portal’s translators', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const missing = REGISTRATION_PROBLEM_CODES.filter((code) => !readme.includes(`| ${code} |`));
    expect(missing).toEqual([]);
  });
});

describe('problemsFromZodError, other issues', () => {
  const parse = (schema: z.ZodType, value: unknown) => {
    const error = schema.safeParse(value).error;
    if (!error) throw new Error('expected a failed parse');
    return problemsFromZodError(error);
  };

  it('reads a custom issue without a problem of ours as invalid', () => {
    const plain = z.unknown().superRefine((_value, ctx) => ctx.addIssue({ code: 'custom', message: 'no' }));
    const odd = z.unknown().superRefine((_value, ctx) => ctx.addIssue({ code: 'custom', message: 'no', params: { problem: { code: 'nonsense' } } }));
    const empty = z.unknown().superRefine((_value, ctx) => ctx.addIssue({ code: 'custom', message: 'no', params: { problem: null } }));
    expect(parse(plain, 1)).toEqual([{ field: '', code: 'invalid' }]);
    expect(parse(odd, 1)).toEqual([{ field: '', code: 'invalid' }]);
    expect(parse(empty, 1)).toEqual([{ field: '', code: 'invalid' }]);
  });

  it('places unknown keys of the whole input at their own name, and a group that is not one as wrong_type', () => {
    expect(parse(z.strictObject({}), { nickname: 'A', alias: 'B' })).toEqual([
      { field: 'nickname', code: 'unknown_field' },
      { field: 'alias', code: 'unknown_field' },
    ]);
    expect(parse(z.strictObject({ passport: z.strictObject({}) }), { passport: 'N123' })).toEqual([
      { field: 'passport', code: 'wrong_type', expected: 'group' },
    ]);
    expect(parse(z.strictObject({ dietaryNeeds: z.array(z.string()) }), { dietaryNeeds: 'halal' })).toEqual([
      { field: 'dietaryNeeds', code: 'wrong_type', expected: 'list' },
    ]);
  });

  it('reports on a context with the problem’s message, at the path given', () => {
    const schema = z.unknown().superRefine((_value, ctx) => reportProblem(ctx, { code: 'too_long', max: 5 }, ['custom', 'notes']));
    const result = schema.safeParse('x');
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'custom', path: ['custom', 'notes'], message: 'too long (at most 5 characters)' }),
    ]);
    const atRoot = z.unknown().superRefine((_value, ctx) => reportProblem(ctx, { code: 'required' }));
    expect(atRoot.safeParse('x').error?.issues[0]?.path).toEqual([]);
  });
});

describe('file sizes in messages', () => {
  it.each([
    [1000, '1 KiB'],
    [512 * 1024, '512 KiB'],
    [1024 * 1024 - 1, '1024 KiB'],
    [1024 * 1024, '1 MiB'],
    [1.5 * 1024 * 1024, '1.5 MiB'],
    [10 * 1024 * 1024 + 1, '10 MiB'],
  ])('%d bytes read as %s', (maxBytes, size) => {
    expect(describeProblem({ code: 'file_too_large', maxBytes })).toBe(`the file is larger than ${size}; split it into smaller files`);
  });

  it('names a script by its English name, or by its code when it has none', () => {
    expect(describeProblem({ code: 'script_mismatch', script: 'Geor' })).toBe('must be written in the Georgian script of its language');
    expect(describeProblem({ code: 'script_mismatch', script: 'Qaaa' })).toBe('must be written in the Qaaa script of its language');
  });

  it('describes each expected type', () => {
    expect(describeProblem({ code: 'wrong_type', expected: 'text' })).toBe('must be text');
    expect(describeProblem({ code: 'wrong_type', expected: 'list' })).toBe('must be a list of choices');
    expect(describeProblem({ code: 'wrong_type', expected: 'group' })).toBe('must be a group of fields');
  });
});
