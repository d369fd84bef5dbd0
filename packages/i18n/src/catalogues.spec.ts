import { IntlMessageFormat } from 'intl-messageformat';
import { en, type MessageKey } from './catalogues/en.catalogue.js';
import { languages } from '@caravan/regions/languages';
import { catalogues, localeInfo, SUPPORTED_LOCALES } from './locales.js';

// Names of the {arguments} a message uses, read from the parsed ICU syntax tree.
function argumentNames(node: unknown, names = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const child of node) argumentNames(child, names);
  } else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.value === 'string' && typeof record.type === 'number' && record.type !== 0) names.add(record.value);
    if (record.options && typeof record.options === 'object') {
      for (const option of Object.values(record.options)) argumentNames((option as { value: unknown }).value, names);
    }
  }
  return names;
}

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
      const parsed = new IntlMessageFormat(message, locale);
      const reference = new IntlMessageFormat(en[key], 'en');
      expect({ key, args: [...argumentNames(parsed.getAst())].sort() }).toEqual({
        key,
        args: [...argumentNames(reference.getAst())].sort(),
      });
    }
  });

  it.each(COMPLETE)('%s is complete', (locale) => {
    expect(enKeys.filter((key) => catalogues[locale][key] === undefined)).toEqual([]);
  });

  it.each(SUPPORTED_LOCALES)('%s translates the navigation and headings', (locale) => {
    for (const key of HEADINGS) expect(catalogues[locale][key]).toEqual(expect.any(String));
    if (locale !== 'en') expect(catalogues[locale]['nav.home']).not.toBe(en['nav.home']);
  });

  it('finds arguments inside plural branches', () => {
    expect([...argumentNames(new IntlMessageFormat('{a} {n, plural, other {# {b}}}', 'en').getAst())].sort()).toEqual(['a', 'b', 'n']);
  });
});
