// The countries the forum series bring together, with capital, languages and time zone; their
// names are CLDR's (see world-countries), so every country is named the same way everywhere.
import { z } from 'zod';
import { CatalogueError } from './errors.js';
import { WORLD_COUNTRY_RECORDS } from './generated/world-countries.data.js';
import type { LocalizedText } from './localized-text.js';
import type { RegionCode } from './regions.js';

export const COUNTRY_CODES = ['CN', 'KZ', 'KG', 'TJ', 'TM', 'UZ', 'GE', 'AZ', 'AM'] as const;

/** ISO 3166-1 alpha-2 code of a catalogued country. */
export type CountryCode = (typeof COUNTRY_CODES)[number];

export interface Country {
  code: CountryCode;
  /** In every language of `languages`, from CLDR, with the few overrides noted below. */
  name: LocalizedText;
  capital: LocalizedText;
  /** Official languages as BCP 47 tags, each one of `languages`. */
  languages: readonly string[];
  /** IANA time zone of the capital. */
  timeZone: string;
  region: RegionCode;
}

/**
 * The CLDR names of a country, with `overrides` where the forum's usage differs from CLDR's; each
 * override is a deliberate choice explained beside it.
 */
function cldrCountryName(code: string, overrides: LocalizedText = {}): LocalizedText {
  const record = WORLD_COUNTRY_RECORDS.find((r) => r.code === code);
  if (!record) throw new CatalogueError('UNKNOWN_COUNTRY', `Unknown country "${code}": not an ISO 3166-1 alpha-2 code`);
  return { ...record.name, ...overrides };
}

export const countries: readonly Country[] = [
  {
    code: 'CN',
    name: cldrCountryName('CN'),
    capital: { en: 'Beijing', 'zh-Hans': '北京', ru: 'Пекин' },
    // The facts table says "zh"; the written standard on the mainland is Simplified Chinese,
    // which is how the portals offer it, so the catalogue uses the script-qualified tag.
    languages: ['zh-Hans'],
    timeZone: 'Asia/Shanghai',
    region: 'china',
  },
  {
    code: 'KZ',
    name: cldrCountryName('KZ'),
    capital: { en: 'Astana', 'zh-Hans': '阿斯塔纳', ru: 'Астана', kk: 'Астана' },
    languages: ['kk', 'ru'],
    // Kazakhstan moved to a single zone, UTC+5, on 1 March 2024; tzdata 2024a and later carry it.
    timeZone: 'Asia/Almaty',
    region: 'central-asia',
  },
  {
    code: 'KG',
    // CLDR's Russian name is "Киргизия"; the Kyrgyz Republic's constitution names the country
    // "Кыргызстан" in Russian too, and that is the name its delegations use at the forum.
    name: cldrCountryName('KG', { ru: 'Кыргызстан' }),
    capital: { en: 'Bishkek', 'zh-Hans': '比什凯克', ru: 'Бишкек', ky: 'Бишкек' },
    languages: ['ky', 'ru'],
    timeZone: 'Asia/Bishkek',
    region: 'central-asia',
  },
  {
    code: 'TJ',
    name: cldrCountryName('TJ'),
    capital: { en: 'Dushanbe', 'zh-Hans': '杜尚别', ru: 'Душанбе', tg: 'Душанбе' },
    languages: ['tg'],
    timeZone: 'Asia/Dushanbe',
    region: 'central-asia',
  },
  {
    code: 'TM',
    name: cldrCountryName('TM'),
    capital: { en: 'Ashgabat', 'zh-Hans': '阿什哈巴德', ru: 'Ашхабад', tk: 'Aşgabat' },
    languages: ['tk'],
    timeZone: 'Asia/Ashgabat',
    region: 'central-asia',
  },
  {
    code: 'UZ',
    name: cldrCountryName('UZ'),
    capital: { en: 'Tashkent', 'zh-Hans': '塔什干', ru: 'Ташкент', uz: 'Toshkent' },
    languages: ['uz'],
    timeZone: 'Asia/Tashkent',
    region: 'central-asia',
  },
  {
    code: 'GE',
    name: cldrCountryName('GE'),
    capital: { en: 'Tbilisi', 'zh-Hans': '第比利斯', ru: 'Тбилиси', ka: 'თბილისი' },
    languages: ['ka'],
    timeZone: 'Asia/Tbilisi',
    region: 'south-caucasus',
  },
  {
    code: 'AZ',
    name: cldrCountryName('AZ'),
    capital: { en: 'Baku', 'zh-Hans': '巴库', ru: 'Баку', az: 'Bakı' },
    languages: ['az'],
    timeZone: 'Asia/Baku',
    region: 'south-caucasus',
  },
  {
    code: 'AM',
    name: cldrCountryName('AM'),
    capital: { en: 'Yerevan', 'zh-Hans': '埃里温', ru: 'Ереван', hy: 'Երևան' },
    languages: ['hy'],
    timeZone: 'Asia/Yerevan',
    region: 'south-caucasus',
  },
];

export const ZCountryCode = z.enum(COUNTRY_CODES, {
  error: (issue) => `"${String(issue.input)}" is not a catalogued country; use one of ${COUNTRY_CODES.join(', ')}`,
});

export function isCountryCode(code: string): code is CountryCode {
  return (COUNTRY_CODES as readonly string[]).includes(code);
}

export function getCountry(code: string): Country {
  const found = countries.find((c) => c.code === code);
  if (!found) {
    throw new CatalogueError(
      'UNKNOWN_COUNTRY',
      `Unknown country "${code}"; the catalogue holds ${COUNTRY_CODES.join(', ')}`,
    );
  }
  return found;
}
