// The checks of one field's value, each reporting problems with stable codes and returning the
// clean value (trimmed text, E.164 phone number, capitalised country code). The registration
// schema wraps them into zod; the delegation import reuses them through that schema.
import { isWellFormedLanguageTag, isWorldCountryCode } from '@caravan/regions';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';
import { reportProblem, type ProblemDetail } from './registration-problems.js';

/** Reports the value's problems on `ctx` and returns the clean value, or undefined after a report. */
export type ValueCheck<T> = (value: unknown, ctx: z.RefinementCtx) => T | undefined;

/**
 * No value: absent, null, blank text, an empty list, or a group whose parts are all blank.
 * Groups nest one level (passport.number), so deeper values count as given and are refused by
 * the group's own check rather than walked without end.
 */
export function isBlank(value: unknown, depth = 0): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return depth < 2 && Object.values(value).every((part) => isBlank(part, depth + 1));
  return false;
}

/**
 * A field of a submission: blank counts as absent (an empty form input is no answer), absent is
 * a problem only when the field is required, and a given value goes through its check.
 */
export function fieldSchema<T>(check: ValueCheck<T>, required: boolean): z.ZodType<T | undefined> {
  return z.unknown().transform((value, ctx): T | undefined => {
    if (isBlank(value)) {
      if (required) reportProblem(ctx, { code: 'required' });
      return undefined;
    }
    return check(value, ctx);
  });
}

function fail(ctx: z.RefinementCtx, detail: ProblemDetail): undefined {
  reportProblem(ctx, detail);
  return undefined;
}

/** Length as a person counts it: in characters (code points), not UTF-16 units. */
const lengthOf = (text: string): number => [...text].length;

// Control characters have no place in a form answer. Line breaks and tabs belong to long text
// only; in a one-line answer (a cell typed with Alt+Enter, a pasted title) they become spaces.
const hasControl = (text: string): boolean => /(?![\t\n\r])\p{Cc}/u.test(text);

export interface TextRules {
  minLength?: number;
  maxLength: number;
  /** Anchored: the whole answer must match. */
  pattern?: RegExp;
  multiline?: boolean;
}

/** Trimmed, NFC-normalised text within its bounds. */
export function checkText(rules: TextRules): ValueCheck<string> {
  return (value, ctx) => {
    if (typeof value !== 'string') return fail(ctx, { code: 'wrong_type', expected: 'text' });
    // Far beyond the bound even after trimming: refused before normalising megabytes.
    if (value.length > 4 * rules.maxLength + 1024) return fail(ctx, { code: 'too_long', max: rules.maxLength });
    const trimmed = value.normalize('NFC').trim();
    const text = rules.multiline ? trimmed : trimmed.replace(/\s+/g, ' ');
    if (hasControl(text)) return fail(ctx, { code: 'invalid_characters' });
    const length = lengthOf(text);
    if (length > rules.maxLength) return fail(ctx, { code: 'too_long', max: rules.maxLength });
    if (rules.minLength !== undefined && length < rules.minLength) return fail(ctx, { code: 'too_short', min: rules.minLength });
    if (rules.pattern && !rules.pattern.test(text)) return fail(ctx, { code: 'pattern_mismatch' });
    return text;
  };
}

const LATIN_NAME = /^[\p{Script=Latin}\p{M}' ’.-]+$/u;
const LETTER = /\p{L}/u;

/** A given or family name as written in the Latin script of a passport (machine-readable zone). */
export function checkLatinName(maxLength: number): ValueCheck<string> {
  const text = checkText({ maxLength });
  return (value, ctx) => {
    const name = text(value, ctx);
    if (name === undefined) return undefined;
    if (!LATIN_NAME.test(name) || !LETTER.test(name)) return fail(ctx, { code: 'not_latin' });
    return name;
  };
}

// ISO 15924 codes that name a writing system made of several Unicode scripts.
const UNICODE_SCRIPTS: Readonly<Record<string, readonly string[]>> = {
  Hans: ['Han'],
  Hant: ['Han'],
  Jpan: ['Han', 'Hiragana', 'Katakana'],
  Kore: ['Hangul', 'Han'],
};

const scriptLetters = new Map<string, RegExp | null>();

/** A pattern matching the letters of a script, or null when the runtime does not know the script. */
function lettersOf(script: string): RegExp | null {
  let pattern = scriptLetters.get(script);
  if (pattern === undefined) {
    const scripts = UNICODE_SCRIPTS[script] ?? [script];
    try {
      pattern = new RegExp(`^[${scripts.map((s) => `\\p{Script=${s}}`).join('')}]$`, 'u');
    } catch {
      pattern = null;
    }
    scriptLetters.set(script, pattern);
  }
  return pattern;
}

/** The script a language is most likely written in ("ru" → Cyrl, "zh-Hans" → Hans, "uz" → Latn). */
export function likelyScript(languageTag: string): string | undefined {
  try {
    return new Intl.Locale(languageTag).maximize().script;
  } catch {
    return undefined;
  }
}

/** The letters of `text` are all of the script of `languageTag`; true when the script is unknown. */
export function isWrittenInScriptOf(text: string, languageTag: string): boolean {
  const script = likelyScript(languageTag);
  const letters = script ? lettersOf(script) : null;
  if (!letters) return true;
  return [...text].every((char) => !LETTER.test(char) || letters.test(char));
}

export function checkLanguageTag(allowed?: readonly string[]): ValueCheck<string> {
  const offered = allowed && new Map(allowed.map((tag) => [tag.toLowerCase(), tag]));
  return (value, ctx) => {
    if (typeof value !== 'string') return fail(ctx, { code: 'wrong_type', expected: 'text' });
    const tag = value.trim();
    if (tag.length > 35 || !isWellFormedLanguageTag(tag)) return fail(ctx, { code: 'invalid_language_tag' });
    if (!offered) return tag;
    const match = offered.get(tag.toLowerCase());
    return match ?? fail(ctx, { code: 'language_not_offered', allowed: [...offered.values()] });
  };
}

const ZEmail = z.email();

export function checkEmail(value: unknown, ctx: z.RefinementCtx): string | undefined {
  const text = checkText({ maxLength: 254 })(value, ctx);
  if (text === undefined) return undefined;
  return ZEmail.safeParse(text).success ? text : fail(ctx, { code: 'invalid_email' });
}

/** A phone number in international form, returned as E.164 ("+77172123456"). */
export function checkPhone(value: unknown, ctx: z.RefinementCtx): string | undefined {
  const text = checkText({ maxLength: 40 })(value, ctx);
  if (text === undefined) return undefined;
  // Without a default country only international numbers parse: a participant's country and the
  // host's differ too often to guess one.
  const phone = parsePhoneNumberFromString(text);
  return phone?.isValid() ? phone.number : fail(ctx, { code: 'invalid_phone' });
}

/** Any ISO 3166-1 country (participants come from well beyond the series' own), or one of `allowed`. */
export function checkCountry(allowed?: readonly string[]): ValueCheck<string> {
  const accepted = allowed && new Set(allowed);
  return (value, ctx) => {
    if (typeof value !== 'string') return fail(ctx, { code: 'wrong_type', expected: 'text' });
    const code = value.trim().toUpperCase();
    if (!isWorldCountryCode(code)) return fail(ctx, { code: 'invalid_country' });
    if (accepted && !accepted.has(code)) return fail(ctx, { code: 'country_not_allowed', allowed: [...accepted] });
    return code;
  };
}

const ZDate = z.iso.date();

/** True for a real calendar date 'YYYY-MM-DD' (no 2024-02-30). */
export function isCalendarDate(text: string): boolean {
  return ZDate.safeParse(text).success;
}

export interface DateRules {
  min?: string;
  max?: string;
}

export function checkDate(rules: DateRules): ValueCheck<string> {
  return (value, ctx) => {
    if (typeof value !== 'string') return fail(ctx, { code: 'wrong_type', expected: 'text' });
    const date = value.trim();
    if (!isCalendarDate(date)) return fail(ctx, { code: 'invalid_date' });
    // ISO dates compare as strings.
    if (rules.min !== undefined && date < rules.min) return fail(ctx, { code: 'date_too_early', min: rules.min });
    if (rules.max !== undefined && date > rules.max) return fail(ctx, { code: 'date_too_late', max: rules.max });
    return date;
  };
}

export function checkChoice(values: readonly string[]): ValueCheck<string> {
  const allowed = new Set(values);
  return (value, ctx) => {
    if (typeof value !== 'string') return fail(ctx, { code: 'wrong_type', expected: 'text' });
    const choice = value.trim();
    return allowed.has(choice) ? choice : fail(ctx, { code: 'not_an_option', allowed: values });
  };
}

/** Several choices; a single string is one choice (what a form sends when one box is ticked). */
export function checkChoices(values: readonly string[]): ValueCheck<string[]> {
  const one = checkChoice(values);
  return (value, ctx) => {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list)) return fail(ctx, { code: 'wrong_type', expected: 'list' });
    if (list.length > values.length) return fail(ctx, { code: 'too_many_choices', max: values.length });
    const chosen: string[] = [];
    for (const item of list) {
      const choice = one(item, ctx);
      if (choice === undefined) return undefined;
      if (chosen.includes(choice)) return fail(ctx, { code: 'duplicate_choice' });
      chosen.push(choice);
    }
    return chosen;
  };
}

// What an HTML checkbox sends when ticked ("on"), besides true booleans.
const TRUE_TEXTS = new Set(['true', 'on']);
const FALSE_TEXTS = new Set(['false', 'off']);

/** Yes or no; absent means no, so a required box must be ticked rather than merely answered. */
export function checkboxSchema(mustBeChecked: boolean): z.ZodType<boolean> {
  return z.unknown().transform((value, ctx): boolean => {
    let checked: boolean | undefined;
    if (value === undefined || value === null || value === '') checked = false;
    else if (typeof value === 'boolean') checked = value;
    else if (typeof value === 'string' && TRUE_TEXTS.has(value.trim().toLowerCase())) checked = true;
    else if (typeof value === 'string' && FALSE_TEXTS.has(value.trim().toLowerCase())) checked = false;
    if (checked === undefined) {
      reportProblem(ctx, { code: 'wrong_type', expected: 'yes-no' });
      return false;
    }
    if (mustBeChecked && !checked) reportProblem(ctx, { code: 'must_be_checked' });
    return checked;
  });
}

// An upload's id as the api issues it: opaque, short, URL-safe.
const UPLOAD_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function checkUploadReference(value: unknown, ctx: z.RefinementCtx): string | undefined {
  if (typeof value !== 'string') return fail(ctx, { code: 'wrong_type', expected: 'text' });
  const reference = value.trim();
  return UPLOAD_REFERENCE.test(reference) ? reference : fail(ctx, { code: 'invalid_reference' });
}

/** Passport numbers are 5 to 20 letters and digits; spaces people type between groups are dropped. */
export function checkPassportNumber(value: unknown, ctx: z.RefinementCtx): string | undefined {
  if (typeof value !== 'string') return fail(ctx, { code: 'wrong_type', expected: 'text' });
  const number = value.replace(/\s+/g, '').toUpperCase();
  return /^[A-Z0-9]{5,20}$/.test(number) ? number : fail(ctx, { code: 'invalid_passport_number' });
}
