// Every console catalogue has exactly the English keys, parses as ICU and uses the same arguments.
import { catalogueProblems } from '@caravan/i18n';
import { CONSOLE_LOCALES, consoleCatalogues, consoleTranslator, DEFAULT_CONSOLE_LOCALE } from './console-i18n.js';

describe('console catalogues', () => {
  const reference = consoleCatalogues[DEFAULT_CONSOLE_LOCALE];

  it.each(CONSOLE_LOCALES)('%s has every key of en, no other, with the same {arguments}', (locale) => {
    expect(catalogueProblems(reference, DEFAULT_CONSOLE_LOCALE, consoleCatalogues[locale], locale, { complete: true })).toEqual([]);
  });

  it('is told apart from a catalogue with a missing or an extra key (negative control)', () => {
    const { ['nav.dashboard']: _dropped, ...missing } = consoleCatalogues.ru;
    expect(catalogueProblems(reference, 'en', { ...missing, 'nav.extra': 'лишний' }, 'ru', { complete: true })).toEqual([
      'ru: extra key "nav.extra" (not in en)',
      'ru: missing key "nav.dashboard"',
    ]);
  });

  it('translates, and formats plurals by the language', () => {
    expect(consoleTranslator('ru')('nav.dashboard')).not.toBe(consoleTranslator('en')('nav.dashboard'));
    expect(consoleTranslator('ru')('audit.count', { count: 22 })).toContain('22');
    expect(consoleTranslator('kk').locale).toBe('en');
  });
});
