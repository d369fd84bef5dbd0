// Every registry catalogue has exactly the English keys, parses as ICU with the same arguments,
// is a translation (not English left in), and formats plurals by its language.
import { catalogueProblems, SUPPORTED_LOCALES } from '@caravan/i18n';
import { en } from './en.js';
import { registryCatalogues, registryTranslator } from './registry-i18n.js';

/** Texts that read the same in a translation: a word borrowed as is. */
const SAME_AS_ENGLISH = new Set(['type.MEMORANDUM', 'agreements.filter.edition', 'agreements.filter.status', 'agreement.status']);

describe('registry catalogues', () => {
  it.each(SUPPORTED_LOCALES)('%s has every key of en, no other, with the same {arguments}', (locale) => {
    expect(catalogueProblems(en, 'en', registryCatalogues[locale], locale, { complete: true })).toEqual([]);
  });

  it.each(SUPPORTED_LOCALES.filter((locale) => locale !== 'en'))('%s is translated, not English left in', (locale) => {
    const untranslated = Object.entries(registryCatalogues[locale]).filter(([key, text]) => text === en[key as keyof typeof en] && !SAME_AS_ENGLISH.has(key));
    expect(untranslated).toEqual([]);
  });

  it('is told apart from a catalogue with a missing or an extra key (negative control)', () => {
    const { ['agreements.title']: _dropped, ...missing } = registryCatalogues.ka;
    expect(catalogueProblems(en, 'en', { ...missing, 'agreements.extra': 'ზედმეტი' }, 'ka', { complete: true })).toEqual([
      'ka: extra key "agreements.extra" (not in en)',
      'ka: missing key "agreements.title"',
    ]);
  });

  it('formats plurals by the language', () => {
    expect(registryTranslator('ru')('agreements.count', { count: 3 })).toBe('3 соглашения');
    expect(registryTranslator('ru')('agreements.count', { count: 35 })).toBe('35 соглашений');
    expect(registryTranslator('ru')('agreements.count', { count: 21 })).toBe('21 соглашение');
    expect(registryTranslator('en')('search.results', { count: 0, text: 'x' })).toBe('Nothing found for “x”.');
    expect(registryTranslator('zh-Hans')('agreements.count', { count: 35 })).toBe('共 35 项协议');
    expect(registryTranslator('x-unknown').locale).toBe('en');
  });
});
