// Every registration catalogue has exactly the English keys, parses as ICU with the same
// arguments, is a translation (not English left in), and has a message for every problem code
// the registration rules can put on a form field.
import { catalogueProblems, SUPPORTED_LOCALES } from '@caravan/i18n';
import { REGISTRATION_PROBLEM_CODES } from '@caravan/forums/registration';
import { en } from './en.js';
import { registrationCatalogues, registrationTranslator } from './registration-i18n.js';

/** Problems only the organizers' CSV import reports: never on the visitors' form. */
const IMPORT_ONLY_CODES = ['file_too_large', 'too_many_rows', 'no_rows', 'malformed_csv', 'unknown_column', 'duplicate_column', 'missing_column', 'duplicate_in_file'];

/** Texts that read the same in a translation: codes, the word "Forum", a role borrowed as is. */
const SAME_AS_ENGLISH = new Set(['application.edition', 'field.passport', 'field.phone', 'mediaRole.JOURNALIST', 'register.category', 'application.category', 'mediaRole.PHOTO', 'application.status', 'done.status']);

describe('registration catalogues', () => {
  it.each(SUPPORTED_LOCALES)('%s has every key of en, no other, with the same {arguments}', (locale) => {
    expect(catalogueProblems(en, 'en', registrationCatalogues[locale], locale, { complete: true })).toEqual([]);
  });

  it.each(SUPPORTED_LOCALES.filter((locale) => locale !== 'en'))('%s is translated, not English left in', (locale) => {
    const untranslated = Object.entries(registrationCatalogues[locale]).filter(([key, text]) => text === en[key as keyof typeof en] && !SAME_AS_ENGLISH.has(key));
    expect(untranslated).toEqual([]);
  });

  it('is told apart from a catalogue with a missing or an extra key (negative control)', () => {
    const { ['register.title']: _dropped, ...missing } = registrationCatalogues.kk;
    expect(catalogueProblems(en, 'en', { ...missing, 'register.extra': 'артық' }, 'kk', { complete: true })).toEqual([
      'kk: extra key "register.extra" (not in en)',
      'kk: missing key "register.title"',
    ]);
  });

  it('has a message for every problem code a form field can get', () => {
    const formCodes = REGISTRATION_PROBLEM_CODES.filter((code) => !IMPORT_ONLY_CODES.includes(code));
    expect(formCodes.filter((code) => !(`problem.${code}` in en))).toEqual([]);
    // Every code is either a form's or the import's: a new code must be placed on one side.
    expect(IMPORT_ONLY_CODES.filter((code) => !(REGISTRATION_PROBLEM_CODES as readonly string[]).includes(code))).toEqual([]);
  });

  it('formats plurals by the language', () => {
    expect(registrationTranslator('ru')('register.placesLeft', { count: 3 })).toBe('Осталось 3 места');
    expect(registrationTranslator('ru')('register.placesLeft', { count: 5 })).toBe('Осталось 5 мест');
    expect(registrationTranslator('zh-Hans')('register.problems', { count: 2 })).toBe('表单中有 2 处问题：');
    expect(registrationTranslator('x-unknown').locale).toBe('en');
  });
});
