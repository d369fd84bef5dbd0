import { en, type MessageKey } from './catalogues/en.catalogue.js';
import { languages } from '@caravan/regions/languages';
import { catalogues, localeInfo, SUPPORTED_LOCALES } from './locales.js';
import { messageArguments } from './message-translator.js';

const enKeys = Object.keys(en) as MessageKey[];
const COMPLETE = ['en', 'zh-Hans', 'ru'] as const;
const HEADINGS: MessageKey[] = ['nav.home', 'nav.language', 'home.title', 'series.editions', 'edition.programme', 'edition.delegations'];

describe('catalogues', () => {
  it('has one catalogue for each interface language of the regions catalogue, and no other', () => {
    expect(Object.keys(catalogues).sort()).toEqual(languages.filter((l) => l.ui).map((l) => l.code).sort());
    expect(localeInfo('kk')).toMatchObject({ endonym: 'Қазақша', direction: 'ltr' });
  });

  it.each(SUPPORTED_LOCALES)('%s uses only keys that exist in en', (locale) => {
    const extra = Object.keys(catalogues[locale]).filter((key) => !(key in en));
    expect(extra).toEqual([]);
  });

  it.each(SUPPORTED_LOCALES)('%s messages parse as ICU and use the same arguments as en', (locale) => {
    for (const [key, message] of Object.entries(catalogues[locale]) as [MessageKey, string][]) {
      expect({ key, args: [...messageArguments(message, locale)].sort() }).toEqual({ key, args: [...messageArguments(en[key], 'en')].sort() });
    }
  });

  it.each(COMPLETE)('%s is complete', (locale) => {
    expect(enKeys.filter((key) => catalogues[locale][key] === undefined)).toEqual([]);
  });

  it.each(SUPPORTED_LOCALES)('%s translates the navigation and headings', (locale) => {
    for (const key of HEADINGS) expect(catalogues[locale][key]).toEqual(expect.any(String));
    if (locale !== 'en') expect(catalogues[locale]['nav.home']).not.toBe(en['nav.home']);
  });
});
