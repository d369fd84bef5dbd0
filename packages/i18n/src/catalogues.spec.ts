import { en, type MessageKey } from './catalogues/en.catalogue.js';
import { languages } from '@caravan/regions/languages';
import { catalogues, localeInfo, SUPPORTED_LOCALES } from './locales.js';
import { catalogueProblems, messageArguments } from './message-translator.js';

const enKeys = Object.keys(en) as MessageKey[];
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

  it.each(SUPPORTED_LOCALES)('%s is complete: no key missing, none extra, arguments as in en', (locale) => {
    expect(enKeys.filter((key) => catalogues[locale][key] === undefined)).toEqual([]);
    expect(catalogueProblems(en, 'en', catalogues[locale], locale, { complete: true })).toEqual([]);
  });

  it('notices a missing and an extra key (negative control of the completeness check)', () => {
    const { 'nav.home': _dropped, ...missingOne } = catalogues.kk;
    expect(catalogueProblems(en, 'en', { ...missingOne, 'nav.homePage': 'Басты бет' }, 'kk', { complete: true })).toEqual([
      'kk: extra key "nav.homePage" (not in en)',
      'kk: missing key "nav.home"',
    ]);
  });

  it.each(SUPPORTED_LOCALES.filter((locale) => locale !== 'en'))('%s translates the page texts rather than copying the English', (locale) => {
    // Names and loanwords may match English ("Caravan", "Region", "Moderator"); whole sentences may not.
    const copied = enKeys.filter((key) => catalogues[locale][key] === en[key] && en[key].split(' ').length > 2);
    expect(copied).toEqual([]);
  });

  it.each(SUPPORTED_LOCALES)('%s translates the navigation and headings', (locale) => {
    for (const key of HEADINGS) expect(catalogues[locale][key]).toEqual(expect.any(String));
    if (locale !== 'en') expect(catalogues[locale]['nav.home']).not.toBe(en['nav.home']);
  });
});
