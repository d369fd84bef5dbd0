import type { z } from 'zod';
import {
  CORE_FIELD_KEYS,
  DEFAULT_DIETARY_OPTIONS,
  defaultRegistrationForm,
  MEDIA_ROLE_OPTIONS,
  MEDIA_ROLES,
  STANDARD_FIELD_INPUTS,
  STANDARD_FIELD_KEYS,
  type RegistrationForm,
  type StandardField,
  isStandardFieldKey,
  ZCustomField,
  ZFieldKey,
  ZRegistrationForm,
} from './registration-form.js';

/** [field, message] pairs of a refused input; fails when it was accepted. */
function issuesOf(schema: z.ZodType, input: unknown): [string, string][] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return result.error.issues.map((i) => [i.path.map(String).join('.'), i.message]);
}

const base = defaultRegistrationForm();
const withFields = (...fields: unknown[]) => ({ fields: [...base.fields, ...fields] });
const text = (changes: Record<string, unknown> = {}) => ({
  key: 'custom.company_size',
  type: 'text',
  label: { en: 'Company size' },
  required: false,
  maxLength: 200,
  ...changes,
});

describe('ZRegistrationForm', () => {
  it('accepts the default form, which holds every standard field in order', () => {
    expect(ZRegistrationForm.parse(base)).toEqual(base);
    expect(base.fields.map((f) => f.key)).toEqual([...STANDARD_FIELD_KEYS]);
  });

  it('gives every default label and help text in en, zh-Hans and ru', () => {
    for (const field of base.fields) {
      expect(Object.keys(field.label)).toEqual(expect.arrayContaining(['en', 'zh-Hans', 'ru']));
      if (field.help) expect(Object.keys(field.help)).toEqual(expect.arrayContaining(['en', 'zh-Hans', 'ru']));
    }
    for (const option of [...DEFAULT_DIETARY_OPTIONS, ...MEDIA_ROLE_OPTIONS]) {
      expect(Object.keys(option.label)).toEqual(['en', 'zh-Hans', 'ru']);
    }
  });

  it('offers the media roles as options, value for value', () => {
    expect(MEDIA_ROLE_OPTIONS.map((o) => o.value)).toEqual([...MEDIA_ROLES]);
  });

  it('accepts each kind of custom field', () => {
    const fields = [
      text({ pattern: '[0-9]+', minLength: 1, multiline: false }),
      { key: 'custom.sectors', type: 'choice', label: { en: 'Sectors' }, required: true, multiple: true, options: [{ value: 'energy', label: { en: 'Energy' } }] },
      { key: 'custom.arrival', type: 'date', label: { en: 'Arrival' }, required: false, minDate: '2024-10-20', maxDate: '2024-10-28' },
      { key: 'custom.exhibitor', type: 'checkbox', label: { en: 'Exhibitor' }, help: { en: 'At the trade fair' }, required: false },
    ];
    expect(ZRegistrationForm.parse(withFields(...fields)).fields).toHaveLength(base.fields.length + 4);
  });

  it('refuses the same key twice', () => {
    expect(issuesOf(ZRegistrationForm, withFields(text(), text()))).toEqual([[`fields.${base.fields.length + 1}.key`, 'field "custom.company_size" is listed twice']]);
    expect(issuesOf(ZRegistrationForm, withFields(base.fields[0]))).toEqual([[`fields.${base.fields.length}.key`, 'field "givenName" is listed twice']]);
  });

  it('needs the core fields, always required', () => {
    const withoutEmail = { fields: base.fields.filter((f) => f.key !== 'email') };
    expect(issuesOf(ZRegistrationForm, withoutEmail)).toEqual([['fields', 'the form needs the field email: every participant gives it']]);
    const optionalName = { fields: base.fields.map((f) => (f.key === 'givenName' ? { ...f, required: false } : f)) };
    expect(issuesOf(ZRegistrationForm, optionalName)).toEqual([['fields.0.required', 'givenName is always required']]);
    expect([...CORE_FIELD_KEYS]).toEqual(['givenName', 'familyName', 'citizenship', 'email']);
  });

  it('reports repeated and missing core fields as custom issues', () => {
    const codes = (input: unknown) => ZRegistrationForm.safeParse(input).error?.issues.map((i) => i.code);
    expect(codes(withFields(base.fields[0]))).toEqual(['custom']);
    expect(codes({ fields: base.fields.filter((f) => f.key !== 'email') })).toEqual(['custom']);
    expect(codes({ fields: base.fields.map((f) => (f.key === 'givenName' ? { ...f, required: false } : f)) })).toEqual(['custom']);
  });

  it('refuses a choice without options and options listed twice', () => {
    const choice = { key: 'custom.sectors', type: 'choice', label: { en: 'Sectors' }, required: true, multiple: false };
    const at = base.fields.length;
    expect(issuesOf(ZRegistrationForm, withFields({ ...choice, options: [] }))).toEqual([[`fields.${at}.options`, 'a choice needs at least one option']]);
    const twice = [
      { value: 'energy', label: { en: 'Energy' } },
      { value: 'energy', label: { en: 'Power' } },
    ];
    expect(issuesOf(ZRegistrationForm, withFields({ ...choice, options: twice }))).toEqual([[`fields.${at}.options.1.value`, 'option "energy" is listed twice']]);
    expect(issuesOf(ZRegistrationForm, withFields({ ...choice, options: [{ value: 'Energy Sector', label: { en: 'Energy' } }] }))[0]?.[1]).toContain(
      'is not an option value',
    );
  });

  it('bounds counts and lengths', () => {
    const many = Array.from({ length: 60 }, (_, i) => text({ key: `custom.f${i}` }));
    expect(issuesOf(ZRegistrationForm, withFields(...many))).toEqual([['fields', 'a form has at most 60 fields']]);
    const at = base.fields.length;
    expect(issuesOf(ZRegistrationForm, withFields(text({ maxLength: 2001 })))).toEqual([[`fields.${at}.maxLength`, 'maxLength is at most 2000']]);
    expect(issuesOf(ZRegistrationForm, withFields(text({ label: { en: 'x'.repeat(201) } })))).toEqual([[`fields.${at}.label.en`, 'at most 200 characters']]);
    expect(issuesOf(ZRegistrationForm, withFields(text({ pattern: 'a'.repeat(201) })))).toEqual([[`fields.${at}.pattern`, 'pattern is at most 200 characters']]);
    const options = Array.from({ length: 101 }, (_, i) => ({ value: `o${i}`, label: { en: `Option ${i}` } }));
    expect(issuesOf(ZRegistrationForm, withFields({ key: 'custom.c', type: 'choice', label: { en: 'C' }, required: false, multiple: true, options }))).toEqual([
      [`fields.${at}.options`, 'at most 100 options'],
    ]);
  });

  it('refuses inconsistent rules of a field', () => {
    const at = base.fields.length;
    expect(issuesOf(ZRegistrationForm, withFields(text({ minLength: 20, maxLength: 10 })))).toEqual([[`fields.${at}.minLength`, 'minLength 20 is above maxLength 10']]);
    expect(issuesOf(ZRegistrationForm, withFields(text({ pattern: '([a-z]' })))).toEqual([[`fields.${at}.pattern`, '"([a-z]" is not a valid regular expression']]);
    const date = { key: 'custom.arrival', type: 'date', label: { en: 'Arrival' }, required: false, minDate: '2024-10-28', maxDate: '2024-10-20' };
    expect(issuesOf(ZRegistrationForm, withFields(date))).toEqual([[`fields.${at}.maxDate`, 'maxDate 2024-10-20 is before minDate 2024-10-28']]);
  });

  it('refuses a label without English, the fallback of every visitor', () => {
    expect(issuesOf(ZRegistrationForm, withFields(text({ label: { ru: 'Размер компании' } })))[0]?.[1]).toBe(
      'an English ("en") text is required: it is the fallback for every visitor',
    );
  });

  it('keeps options and countries to the standard fields that have them', () => {
    const fields = base.fields.map((f) =>
      f.key === 'position' ? { ...f, options: [{ value: 'minister', label: { en: 'Minister' } }] } : f.key === 'email' ? { ...f, countries: ['KZ'] } : f,
    );
    expect(issuesOf(ZRegistrationForm, { fields })).toEqual([
      ['fields.5.options', 'position takes no options; only dietaryNeeds has configurable options'],
      ['fields.6.countries', 'email takes no countries; only citizenship does'],
    ]);
    const noDiet = base.fields.map((f) => (f.key === 'dietaryNeeds' ? { key: f.key, label: f.label, required: false } : f));
    expect(issuesOf(ZRegistrationForm, { fields: noDiet })).toEqual([['fields.9.options', 'dietaryNeeds needs its options']]);
    const citizenship = base.fields.map((f) => (f.key === 'citizenship' ? { ...f, countries: ['KZ', 'XX'] } : f));
    expect(issuesOf(ZRegistrationForm, { fields: citizenship })).toEqual([['fields.3.countries.1', '"XX" is not an ISO 3166-1 alpha-2 country code (e.g. KZ)']]);
  });

  it('refuses an unknown kind of custom field and a field without a key', () => {
    const at = base.fields.length;
    expect(issuesOf(ZRegistrationForm, withFields(text({ type: 'file' })))).toEqual([[`fields.${at}.type`, 'a custom field\'s type is one of text, choice, date, checkbox']]);
    expect(issuesOf(ZRegistrationForm, withFields({ type: 'text', label: { en: 'No key' } }))).toEqual([
      [`fields.${at}`, 'a field needs a key: a standard field or "custom." and a name'],
    ]);
  });
});

describe('ZFieldKey', () => {
  it.each(['email', 'custom.company_size', 'custom.a1'])('accepts %s', (key) => {
    expect(ZFieldKey.parse(key)).toBe(key);
  });

  it.each(['nickname', 'custom.Company', 'custom.', 'custom.1st', `custom.${'a'.repeat(41)}`])('refuses %s', (key) => {
    expect(ZFieldKey.safeParse(key).error?.issues[0]?.message).toContain('is neither a standard field nor a custom field key');
  });
});

describe('STANDARD_FIELD_INPUTS', () => {
  it('draws the choice fields as choices and the name parts as Latin names', () => {
    expect(Object.keys(STANDARD_FIELD_INPUTS)).toEqual([...STANDARD_FIELD_KEYS]);
    expect(STANDARD_FIELD_INPUTS.dietaryNeeds).toBe('choice');
    expect(STANDARD_FIELD_INPUTS.givenName).toBe('latin-name');
  });
});

describe('form rules at their edges', () => {
  const at = base.fields.length;

  it('names a key that is neither standard nor a well-formed custom key', () => {
    expect(issuesOf(ZRegistrationForm, withFields({ key: 'nickname', label: { en: 'Nickname' }, required: false }))).toEqual([
      [`fields.${at}.key`, `"nickname" is not a standard field (${STANDARD_FIELD_KEYS.join(', ')})`],
    ]);
    expect(issuesOf(ZRegistrationForm, withFields(text({ key: 'custom.Company' })))).toEqual([
      [
        `fields.${at}.key`,
        '"custom.Company" is not a custom field key: "custom." then a lower-case letter and up to 39 letters, digits or underscores',
      ],
    ]);
    expect(issuesOf(ZRegistrationForm, withFields(null))).toEqual([[`fields.${at}`, 'a field needs a key: a standard field or "custom." and a name']]);
  });

  it('tells standard keys from the rest', () => {
    expect(STANDARD_FIELD_KEYS.every(isStandardFieldKey)).toBe(true);
    expect(isStandardFieldKey('custom.email')).toBe(false);
    expect(isStandardFieldKey('nickname')).toBe(false);
  });

  it('takes labels up to their length and up to 32 languages', () => {
    expect(ZRegistrationForm.safeParse(withFields(text({ label: { en: 'x'.repeat(200) }, help: { en: 'y'.repeat(1000) } }))).success).toBe(true);
    expect(issuesOf(ZRegistrationForm, withFields(text({ help: { en: 'y'.repeat(1001) } })))).toEqual([[`fields.${at}.help.en`, 'at most 1000 characters']]);
    const languages = ['en', 'ru', 'kk', 'ky', 'tg', 'tk', 'uz', 'zh', 'ka', 'hy', 'az', 'fa', 'ar', 'tr', 'de', 'fr', 'es', 'it', 'ja', 'ko', 'mn', 'ur', 'hi', 'pt', 'pl', 'uk', 'be', 'ro', 'nl', 'sv', 'fi', 'da', 'no'];
    const label = (count: number) => Object.fromEntries(languages.slice(0, count).map((language) => [language, language]));
    expect(ZRegistrationForm.safeParse(withFields(text({ label: label(32) }))).success).toBe(true);
    expect(issuesOf(ZRegistrationForm, withFields(text({ label: label(33) })))).toEqual([[`fields.${at}.label`, 'at most 32 languages; got 33']]);
  });

  it('takes a minimum length equal to the maximum, and a one-day date window', () => {
    expect(ZRegistrationForm.safeParse(withFields(text({ minLength: 10, maxLength: 10 }))).success).toBe(true);
    const date = { key: 'custom.arrival', type: 'date', label: { en: 'Arrival' }, required: false, minDate: '2024-10-28', maxDate: '2024-10-28' };
    expect(ZRegistrationForm.safeParse(withFields(date)).success).toBe(true);
    expect(ZRegistrationForm.safeParse(withFields({ ...date, minDate: undefined })).success).toBe(true);
  });

  it('reports the rules of a form as custom issues, each at its place', () => {
    const date = { key: 'custom.arrival', type: 'date', label: { en: 'Arrival' }, required: false, minDate: '2024-10-28', maxDate: '2024-10-20' };
    const fields = base.fields.map((f) =>
      f.key === 'position'
        ? { ...f, options: [{ value: 'minister', label: { en: 'Minister' } }] }
        : f.key === 'email'
          ? { ...f, countries: ['KZ'], label: { en: 'x'.repeat(201) } }
          : f.key === 'dietaryNeeds'
            ? { key: f.key, label: f.label, required: false }
            : f,
    );
    const result = ZRegistrationForm.safeParse({ fields: [...fields, text({ minLength: 20, maxLength: 10 }), date, 42] });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['fields.5.options', 'custom'],
      ['fields.6.label.en', 'custom'],
      ['fields.6.countries', 'custom'],
      ['fields.9.options', 'custom'],
      [`fields.${at}.minLength`, 'custom'],
      [`fields.${at + 1}.maxDate`, 'custom'],
      [`fields.${at + 2}`, 'custom'],
    ]);
  });

  it('reads a pattern in Unicode mode, as the answers are checked', () => {
    expect(issuesOf(ZRegistrationForm, withFields(text({ pattern: '\\q' })))).toEqual([[`fields.${at}.pattern`, '"\\q" is not a valid regular expression']]);
    expect(ZRegistrationForm.safeParse(withFields(text({ pattern: '\\p{Lu}+' }))).success).toBe(true);
  });

  it('refuses a field that is not an object, and leaves a custom field that is not one to zod', () => {
    expect(issuesOf(ZRegistrationForm, withFields(undefined, 'email'))).toEqual([
      [`fields.${at}`, 'a field needs a key: a standard field or "custom." and a name'],
      [`fields.${at + 1}`, 'a field needs a key: a standard field or "custom." and a name'],
    ]);
    expect(ZCustomField.safeParse('text').error?.issues.map((i) => i.code)).toEqual(['invalid_type']);
    expect(ZCustomField.safeParse('text').error?.issues[0]?.message).not.toContain('type is one of');
  });

  it('gives each new form its own dietary options', () => {
    const dietOf = (form: RegistrationForm) => form.fields.find((f): f is StandardField => f.key === 'dietaryNeeds');
    const first = defaultRegistrationForm();
    dietOf(first)?.options?.pop();
    expect(dietOf(defaultRegistrationForm())?.options).toEqual(DEFAULT_DIETARY_OPTIONS);
    expect(first.fields.filter((f) => 'options' in f).map((f) => f.key)).toEqual(['dietaryNeeds']);
  });
});
