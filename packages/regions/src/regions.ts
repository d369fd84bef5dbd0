// World regions a series is about (Central Asia, South Caucasus) and the partner (China): the
// built-in regions, written in the same shape as the regions organizers define (region-definition).
import { z } from 'zod';
import type { CountryCode } from './countries.js';
import { CatalogueError } from './errors.js';
import type { LanguageCode } from './languages.js';
import type { RegionDefinition } from './region-definition.js';

export const REGION_CODES = ['central-asia', 'south-caucasus', 'china'] as const;

export type RegionCode = (typeof REGION_CODES)[number];

/** Languages every series' portal offers, before the region's own: the partner's and the working ones. */
export const SHARED_PORTAL_LANGUAGES = ['en', 'zh-Hans', 'ru'] as const;

/** A built-in region: a RegionDefinition whose countries are all in `countries`. */
export interface Region extends RegionDefinition {
  code: RegionCode;
  countries: readonly CountryCode[];
  /** Languages a portal for this region offers: en, zh-Hans, ru and the countries' own. */
  languages: readonly LanguageCode[];
}

export const regions: readonly Region[] = [
  {
    code: 'central-asia',
    kind: 'region',
    name: {
      en: 'Central Asia',
      'zh-Hans': '中亚',
      ru: 'Центральная Азия',
      kk: 'Орталық Азия',
      ky: 'Борбордук Азия',
      tg: 'Осиёи Марказӣ',
      tk: 'Merkezi Aziýa',
      uz: 'Markaziy Osiyo',
    },
    countries: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
    languages: [...SHARED_PORTAL_LANGUAGES, 'kk', 'ky', 'tg', 'tk', 'uz'],
  },
  {
    code: 'south-caucasus',
    kind: 'region',
    name: {
      en: 'South Caucasus',
      'zh-Hans': '南高加索',
      ru: 'Южный Кавказ',
      ka: 'სამხრეთ კავკასია',
      az: 'Cənubi Qafqaz',
      hy: 'Հարավային Կովկաս',
    },
    countries: ['GE', 'AZ', 'AM'],
    languages: [...SHARED_PORTAL_LANGUAGES, 'ka', 'az', 'hy'],
  },
  {
    code: 'china',
    kind: 'partner',
    name: { en: 'China', 'zh-Hans': '中国', ru: 'Китай' },
    countries: ['CN'],
    languages: [...SHARED_PORTAL_LANGUAGES],
  },
];

export const ZRegionCode = z.enum(REGION_CODES, {
  error: (issue) => `"${String(issue.input)}" is not a catalogued region; use one of ${REGION_CODES.join(', ')}`,
});

export function isRegionCode(code: string): code is RegionCode {
  return (REGION_CODES as readonly string[]).includes(code);
}

export function getRegion(code: string): Region {
  const found = regions.find((r) => r.code === code);
  if (!found) {
    throw new CatalogueError(
      'UNKNOWN_REGION',
      `Unknown region "${code}"; the catalogue holds ${REGION_CODES.join(', ')}`,
    );
  }
  return found;
}
