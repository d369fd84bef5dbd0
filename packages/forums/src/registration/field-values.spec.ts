import type { z } from 'zod';
import {
  checkboxSchema,
  checkChoice,
  checkChoices,
  checkCountry,
  checkDate,
  checkLanguageTag,
  checkPassportNumber,
  checkText,
  checkUploadReference,
  fieldSchema,
  isBlank,
  isWrittenInScriptOf,
  likelyScript,
  type ValueCheck,
} from './field-values.js';
import { problemsFromZodError, type RegistrationProblem } from './registration-problems.js';

function run<T>(schema: z.ZodType<T>, value: unknown): { value: T } | { problems: RegistrationProblem[] } {
  const result = schema.safeParse(value);
  return result.success ? { value: result.data } : { problems: problemsFromZodError(result.error) };
}

const field = <T>(check: ValueCheck<T>, required = false) => fieldSchema(check, required);

describe(isBlank.name, () => {
  it.each([undefined, null, '', '  \n', [], {}, { text: '', language: ' ' }])('%j is no answer', (value) => {
    expect(isBlank(value)).toBe(true);
  });

  it.each([0, false, 'a', ['a'], { text: 'a' }])('%j is an answer', (value) => {
    expect(isBlank(value)).toBe(false);
  });
});

describe(checkText.name, () => {
  it('joins the lines of a one-line answer and keeps those of a long one', () => {
    expect(run(field(checkText({ maxLength: 50 })), ' Ministry of Economy,\r\n  Trade\tDepartment ')).toEqual({
      value: 'Ministry of Economy, Trade Department',
    });
    expect(run(field(checkText({ maxLength: 50, multiline: true })), 'Wheelchair\nStep-free room')).toEqual({ value: 'Wheelchair\nStep-free room' });
  });

  it('refuses control characters', () => {
    expect(run(field(checkText({ maxLength: 50 })), 'Ab\u0000c')).toEqual({ problems: [{ field: '', code: 'invalid_characters' }] });
  });

  it('normalises to NFC before counting', () => {
    const decomposed = 'Nu\u0301n\u0303ez';
    expect(run(field(checkText({ maxLength: 5 })), decomposed)).toEqual({ value: 'Núñez' });
  });

  it('checks the minimum length', () => {
    expect(run(field(checkText({ minLength: 3, maxLength: 5 })), 'ab')).toEqual({ problems: [{ field: '', code: 'too_short', min: 3 }] });
    expect(run(field(checkText({ minLength: 3, maxLength: 5 })), 'abc')).toEqual({ value: 'abc' });
  });
});

describe(checkChoices.name, () => {
  it('bounds the number of choices before reading them', () => {
    expect(run(field(checkChoices(['a', 'b'])), ['a', 'b', 'a'])).toEqual({ problems: [{ field: '', code: 'too_many_choices', max: 2 }] });
  });
});

describe(checkboxSchema.name, () => {
  it.each([
    [true, true],
    ['on', true],
    ['TRUE', true],
    [false, false],
    ['off', false],
    [undefined, false],
    ['', false],
  ])('reads %j as %s', (value, checked) => {
    expect(run(checkboxSchema(false), value)).toEqual({ value: checked });
  });

  it('refuses anything else, and an unticked box that must be ticked', () => {
    expect(run(checkboxSchema(false), 'maybe')).toEqual({ problems: [{ field: '', code: 'wrong_type', expected: 'yes-no' }] });
    expect(run(checkboxSchema(true), undefined)).toEqual({ problems: [{ field: '', code: 'must_be_checked' }] });
  });
});

describe(likelyScript.name, () => {
  it.each([
    ['ru', 'Cyrl'],
    ['kk', 'Cyrl'],
    ['uz', 'Latn'],
    ['uz-Cyrl', 'Cyrl'],
    ['zh', 'Hans'],
    ['zh-TW', 'Hant'],
    ['ka', 'Geor'],
    ['hy', 'Armn'],
  ])('%s is written in %s', (tag, script) => {
    expect(likelyScript(tag)).toBe(script);
  });
});

describe(isWrittenInScriptOf.name, () => {
  it('looks at letters only, so spaces, hyphens and the middle dot pass', () => {
    expect(isWrittenInScriptOf('Анна-Мария Иванова', 'ru')).toBe(true);
    expect(isWrittenInScriptOf('阿卜杜拉·卡里莫夫', 'zh-Hans')).toBe(true);
    expect(isWrittenInScriptOf('山田 はなこ', 'ja')).toBe(true);
    expect(isWrittenInScriptOf('Anna Иванова', 'ru')).toBe(false);
    expect(isWrittenInScriptOf('Иванова', 'uz')).toBe(false);
  });
});

describe('bounds on what a client sends', () => {
  it('refuses a huge text before working on it', () => {
    expect(run(field(checkText({ maxLength: 10 })), 'a'.repeat(5_000_000))).toEqual({ problems: [{ field: '', code: 'too_long', max: 10 }] });
  });

  it('does not walk a deeply nested value', () => {
    let nested: unknown = '';
    for (let i = 0; i < 100_000; i++) nested = { a: nested };
    expect(isBlank(nested)).toBe(false);
  });
});

describe('value checks', () => {
  it('answer wrong_type for a value that is not text', () => {
    const checks: ValueCheck<unknown>[] = [
      checkLanguageTag(),
      checkCountry(),
      checkDate({}),
      checkChoice(['a']),
      checkUploadReference,
      checkPassportNumber,
    ];
    for (const check of checks) {
      expect(run(field(check), 42)).toEqual({ problems: [{ field: '', code: 'wrong_type', expected: 'text' }] });
    }
  });

  it('trim what they keep', () => {
    expect(run(field(checkLanguageTag()), ' kk ')).toEqual({ value: 'kk' });
    expect(run(field(checkCountry()), ' kz ')).toEqual({ value: 'KZ' });
    expect(run(field(checkDate({})), ' 2024-10-25 ')).toEqual({ value: '2024-10-25' });
    expect(run(field(checkChoice(['energy'])), ' energy ')).toEqual({ value: 'energy' });
  });

  it('keep dates inside their bounds, the bounds included', () => {
    const window = field(checkDate({ min: '2024-10-20', max: '2024-10-28' }));
    expect(run(window, '2024-10-20')).toEqual({ value: '2024-10-20' });
    expect(run(window, '2024-10-28')).toEqual({ value: '2024-10-28' });
    expect(run(window, '2024-10-19')).toEqual({ problems: [{ field: '', code: 'date_too_early', min: '2024-10-20' }] });
    expect(run(window, '2024-10-29')).toEqual({ problems: [{ field: '', code: 'date_too_late', max: '2024-10-28' }] });
  });

  it('take passport numbers of 5 to 20 letters and digits, spaces removed', () => {
    expect(run(field(checkPassportNumber), 'n 123 456 78')).toEqual({ value: 'N12345678' });
    for (const bad of ['N-1234567', 'N1234567-', '1234', 'A'.repeat(21)]) {
      expect(run(field(checkPassportNumber), bad)).toEqual({ problems: [{ field: '', code: 'invalid_passport_number' }] });
    }
  });
});

describe('edges of the value checks', () => {
  it('counts a group as blank down to its parts, and a deeper value as given', () => {
    expect(isBlank({ passport: { number: ' ' } })).toBe(true);
    expect(isBlank({ passport: { number: {} } })).toBe(false);
  });

  it('takes as many choices as there are options, and one more is too many', () => {
    expect(run(field(checkChoices(['a', 'b'])), ['b', 'a'])).toEqual({ value: ['b', 'a'] });
    expect(run(field(checkChoices(['a', 'b'])), ['a', 'b', 'c'])).toEqual({ problems: [{ field: '', code: 'too_many_choices', max: 2 }] });
  });

  it('stops at the first choice that is not an option', () => {
    expect(run(field(checkChoices(['a', 'b'])), ['c', 'c'])).toEqual({ problems: [{ field: '', code: 'not_an_option', allowed: ['a', 'b'] }] });
  });

  it('refuses a text that is not a string, and a pattern it does not match', () => {
    expect(run(field(checkText({ maxLength: 5 })), 5)).toEqual({ problems: [{ field: '', code: 'wrong_type', expected: 'text' }] });
    expect(run(field(checkText({ maxLength: 5, pattern: /^\d+$/u })), '12a')).toEqual({ problems: [{ field: '', code: 'pattern_mismatch' }] });
    expect(run(field(checkText({ maxLength: 5, pattern: /^\d+$/u })), ' 123 ')).toEqual({ value: '123' });
  });

  it('counts the length after trimming, up to the limit itself', () => {
    expect(run(field(checkText({ maxLength: 3 })), '  abc  ')).toEqual({ value: 'abc' });
    expect(run(field(checkText({ maxLength: 3 })), 'abcd')).toEqual({ problems: [{ field: '', code: 'too_long', max: 3 }] });
    expect(run(field(checkText({ minLength: 3, maxLength: 5 })), '  abc  ')).toEqual({ value: 'abc' });
  });

  it('reads a long padded answer as long as it fits the cheap bound (4 × max + 1024)', () => {
    const padded = `abc${' '.repeat(4 * 10 + 1024 - 3)}`;
    expect(run(field(checkText({ maxLength: 10 })), padded)).toEqual({ value: 'abc' });
    expect(run(field(checkText({ maxLength: 10 })), `${padded} `)).toEqual({ problems: [{ field: '', code: 'too_long', max: 10 }] });
  });

  it('keeps tabs and line breaks in a long text, and refuses other control characters there', () => {
    const notes = field(checkText({ maxLength: 50, multiline: true }));
    expect(run(notes, 'Ramp\tlift\r\nlarge print')).toEqual({ value: 'Ramp\tlift\r\nlarge print' });
    expect(run(notes, 'Ramp\u0007lift')).toEqual({ problems: [{ field: '', code: 'invalid_characters' }] });
    expect(run(notes, 'Ramp\u007Flift')).toEqual({ problems: [{ field: '', code: 'invalid_characters' }] });
  });

  it('reads the words of a checkbox whatever their case and spacing, and null as unticked', () => {
    expect(run(checkboxSchema(false), ' On ')).toEqual({ value: true });
    expect(run(checkboxSchema(false), 'true')).toEqual({ value: true });
    expect(run(checkboxSchema(false), ' False ')).toEqual({ value: false });
    expect(run(checkboxSchema(false), 'OFF')).toEqual({ value: false });
    expect(run(checkboxSchema(false), null)).toEqual({ value: false });
    expect(run(checkboxSchema(true), true)).toEqual({ value: true });
    expect(run(checkboxSchema(true), 'off')).toEqual({ problems: [{ field: '', code: 'must_be_checked' }] });
    expect(run(checkboxSchema(false), 1)).toEqual({ problems: [{ field: '', code: 'wrong_type', expected: 'yes-no' }] });
  });

  it('answers required only for a required field, and passes a given value to its check', () => {
    expect(run(field(checkText({ maxLength: 5 }), true), ' ')).toEqual({ problems: [{ field: '', code: 'required' }] });
    expect(run(field(checkText({ maxLength: 5 }), false), ' ')).toEqual({ value: undefined });
    expect(run(field(checkText({ maxLength: 5 }), true), 'abc')).toEqual({ value: 'abc' });
  });

  it('takes upload references as the api issues them, trimmed', () => {
    expect(run(field(checkUploadReference), ' upload:7f3c-2a.jpg ')).toEqual({ value: 'upload:7f3c-2a.jpg' });
    expect(run(field(checkUploadReference), `a${'b'.repeat(127)}`)).toEqual({ value: `a${'b'.repeat(127)}` });
    for (const bad of ['.hidden', 'a/b', 'a b', `a${'b'.repeat(128)}`, 'upload:7f3c?x']) {
      expect(run(field(checkUploadReference), bad)).toEqual({ problems: [{ field: '', code: 'invalid_reference' }] });
    }
  });

  it('checks a language against the offered ones without case and returns the offered spelling', () => {
    const offered = field(checkLanguageTag(['zh-Hans', 'ru']));
    expect(run(offered, 'ZH-hans')).toEqual({ value: 'zh-Hans' });
    expect(run(offered, 'kk')).toEqual({ problems: [{ field: '', code: 'language_not_offered', allowed: ['zh-Hans', 'ru'] }] });
    // 35 characters at most, though longer tags can be well formed.
    expect(run(field(checkLanguageTag()), 'en-US-x-twelve-chars-heres-abcdefgh')).toEqual({ value: 'en-US-x-twelve-chars-heres-abcdefgh' });
    expect(run(field(checkLanguageTag()), 'en-US-x-twelvee-chars-heres-abcdefgh')).toEqual({ problems: [{ field: '', code: 'invalid_language_tag' }] });
  });

  it('checks a country against the allowed ones, after upper-casing', () => {
    const allowed = field(checkCountry(['KZ', 'UZ']));
    expect(run(allowed, 'uz')).toEqual({ value: 'UZ' });
    expect(run(allowed, 'CN')).toEqual({ problems: [{ field: '', code: 'country_not_allowed', allowed: ['KZ', 'UZ'] }] });
  });

  it('refuses a date that is not a calendar date before looking at its bounds', () => {
    expect(run(field(checkDate({ min: '2024-01-01' })), '2024-13-01')).toEqual({ problems: [{ field: '', code: 'invalid_date' }] });
    expect(run(field(checkDate({})), '1999-12-31')).toEqual({ value: '1999-12-31' });
  });

  it('reads a script it cannot name as any script', () => {
    // Han with Bopomofo has an ISO 15924 code but is no Unicode script.
    expect(isWrittenInScriptOf('Ivanova', 'zh-Hanb')).toBe(true);
    expect(likelyScript('not a tag!')).toBeUndefined();
    expect(isWrittenInScriptOf('Ivanova', 'not a tag!')).toBe(true);
  });

  it('reads Japanese and Korean as their several scripts', () => {
    expect(isWrittenInScriptOf('やまだ ヤマダ 山田', 'ja')).toBe(true);
    expect(isWrittenInScriptOf('김민준 金', 'ko')).toBe(true);
    expect(isWrittenInScriptOf('김민준', 'ja')).toBe(false);
    expect(isWrittenInScriptOf('やまだ', 'ko')).toBe(false);
    expect(isWrittenInScriptOf('張偉', 'zh-Hant')).toBe(true);
  });
});
