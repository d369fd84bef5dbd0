import { regions } from './regions.js';
import { ZCustomRegion, ZRegionDefinition } from './region-definition.js';

const blackSea = {
  code: 'black-sea',
  kind: 'region',
  name: { en: 'Black Sea', ru: 'Черноморский регион', ka: 'შავი ზღვის რეგიონი' },
  countries: ['TR', 'GE', 'BG', 'RO'],
  languages: ['en', 'zh-Hans', 'ru', 'ka'],
};

function messages(input: unknown): string[][] {
  const issues = ZCustomRegion.safeParse(input).error?.issues ?? [];
  return issues.map((issue) => [issue.path.join('.'), issue.message]);
}

describe('ZRegionDefinition', () => {
  it.each(regions.map((region) => [region.code, region] as const))('describes the built-in region %s unchanged', (_code, region) => {
    expect(ZRegionDefinition.parse(region)).toEqual(region);
  });

  it('accepts a region of countries outside the series\' own', () => {
    expect(ZCustomRegion.parse(blackSea)).toEqual(blackSea);
  });

  it('names each unknown or repeated country by its position', () => {
    expect(messages({ ...blackSea, countries: ['TR', 'XK', 'ge', 'TR'] })).toEqual([
      ['countries.1', '"XK" is not an ISO 3166-1 alpha-2 country code (e.g. "KZ", "GE")'],
      ['countries.2', '"ge" is not an ISO 3166-1 alpha-2 country code (e.g. "KZ", "GE")'],
      ['countries.3', 'country "TR" is listed twice'],
    ]);
  });

  it('needs at least one country and one portal language', () => {
    expect(messages({ ...blackSea, countries: [], languages: [] })).toEqual([
      ['countries', 'a region needs at least one country'],
      ['languages', 'a region needs at least one portal language'],
    ]);
  });

  it('refuses a malformed code, an unsupported or repeated language, a name without English and unknown fields', () => {
    expect(messages({ ...blackSea, code: 'Black Sea', languages: ['en', 'de', 'en'], name: { ru: 'Черное море' }, colour: 'blue' })).toEqual([
      ['code', '"Black Sea" is not a region code: use lower-case letters, digits and single hyphens (e.g. "south-caucasus")'],
      ['name', 'an English ("en") text is required: it is the fallback for every visitor'],
      ['languages.1', expect.stringContaining('"de" is not a supported language')],
      ['languages.2', 'language "en" is listed twice'],
      ['', expect.stringContaining('colour')],
    ]);
  });
});

describe('ZCustomRegion', () => {
  it('keeps the built-in codes for the built-in regions', () => {
    expect(messages({ ...blackSea, code: 'south-caucasus' })).toEqual([['code', '"south-caucasus" is a built-in region; choose another code']]);
  });
});

describe('ZRegionSlug', () => {
  it('bounds a region code to 2-64 characters and names the kind it must be', () => {
    expect(messages({ ...blackSea, code: 'a' })).toEqual([['code', 'a region code needs at least 2 characters']]);
    expect(messages({ ...blackSea, code: 'ab' })).toEqual([]);
    expect(messages({ ...blackSea, code: 'a'.repeat(64) })).toEqual([]);
    expect(messages({ ...blackSea, code: 'a'.repeat(65) })).toEqual([['code', 'a region code has at most 64 characters']]);
    expect(messages({ ...blackSea, code: 'black--sea' })).toEqual([
      ['code', '"black--sea" is not a region code: use lower-case letters, digits and single hyphens (e.g. "south-caucasus")'],
    ]);
    expect(messages({ ...blackSea, kind: 'other' })).toEqual([['kind', 'kind must be one of region, partner']]);
  });
});
