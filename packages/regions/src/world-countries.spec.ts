import { officiallyAssignedCodes } from '../scripts/world-countries.generator.js';
import { countries, getCountry } from './countries.js';
import { CatalogueError } from './errors.js';
import { WORLD_COUNTRY_RECORDS } from './generated/world-countries.data.js';
import { languages } from './languages.js';
import { isValidTimeZone } from './time-zones.js';
import { getWorldCountry, isWorldCountryCode, worldCountries, WORLD_COUNTRY_CODES, ZWorldCountryCode } from './world-countries.js';

const uiLanguages = languages.map((language) => language.code);

describe('worldCountries', () => {
  it('holds every officially assigned ISO 3166-1 code, once, in code order, and no other', () => {
    const officiallyAssigned = officiallyAssignedCodes();
    const codes = worldCountries.map((country) => country.code);
    expect(codes).toHaveLength(249);
    expect([...codes].sort()).toEqual([...officiallyAssigned].sort());
    expect(codes).toEqual([...WORLD_COUNTRY_CODES]);
    expect(codes).toEqual([...codes].sort());
    expect(isWorldCountryCode('XK')).toBe(false); // Kosovo's code is user-assigned, not ISO's
  });

  it('carries well-formed, distinct alpha-2, alpha-3 and numeric codes', () => {
    for (const field of ['code', 'alpha3', 'numeric'] as const) {
      expect(new Set(worldCountries.map((country) => country[field])).size).toBe(worldCountries.length);
    }
    for (const country of worldCountries) {
      expect(country.code).toMatch(/^[A-Z]{2}$/);
      expect(country.alpha3).toMatch(/^[A-Z]{3}$/);
      expect(country.numeric).toMatch(/^\d{3}$/);
    }
    expect(getWorldCountry('KZ')).toMatchObject({ alpha3: 'KAZ', numeric: '398' });
    expect(getWorldCountry('AD')).toMatchObject({ alpha3: 'AND', numeric: '020' });
  });

  it('names every country in every UI language', () => {
    expect(uiLanguages).toHaveLength(11);
    for (const country of worldCountries) {
      expect(Object.keys(country.name).sort()).toEqual([...uiLanguages].sort());
      for (const language of uiLanguages) expect(country.name[language]?.trim()).toBeTruthy();
    }
    expect(getWorldCountry('DE').name).toMatchObject({ en: 'Germany', 'zh-Hans': '德国', ru: 'Германия', ka: 'გერმანია', hy: 'Գերմանիա' });
    expect(getWorldCountry('TR').name['az']).toBe('Türkiyə');
    expect(getWorldCountry('RU').name['kk']).toBe('Ресей');
  });

  it('uses only codes that this runtime\'s CLDR names', () => {
    const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const unnamed = worldCountries.filter((country) => !english.of(country.code)).map((country) => country.code);
    expect(unnamed).toEqual([]);
  });

  it('lists zones the runtime knows, and a default zone only where it is unambiguous or catalogued', () => {
    for (const country of worldCountries) {
      for (const zone of country.timeZones) expect({ code: country.code, zone, valid: isValidTimeZone(zone) }).toEqual({ code: country.code, zone, valid: true });
      if (country.timeZones.length === 1) expect(country.timeZone).toBe(country.timeZones[0]);
      if (country.timeZone) expect(country.timeZones).toContain(country.timeZone);
    }
    const withDefault = worldCountries.filter((country) => country.timeZone).length;
    expect({ withDefault, without: worldCountries.length - withDefault }).toEqual({ withDefault: 223, without: 26 });
    expect(getWorldCountry('DE')).toMatchObject({ timeZones: ['Europe/Berlin', 'Europe/Zurich'], timeZone: 'Europe/Berlin' });
    expect(getWorldCountry('LI').timeZone).toBe('Europe/Zurich');
    expect(getWorldCountry('US').timeZone).toBeUndefined();
    expect(getWorldCountry('RU').timeZone).toBeUndefined();
    expect(getWorldCountry('US').timeZones).toContain('America/New_York');
    expect(getWorldCountry('BV').timeZones).toEqual([]);
    expect(getWorldCountry('BV').timeZone).toBeUndefined();
  });

  it('gives the series\' countries their catalogued capital, languages, zone and names', () => {
    for (const country of countries) {
      const world = getWorldCountry(country.code);
      expect(world).toMatchObject({
        name: country.name,
        capital: country.capital,
        languages: country.languages,
        timeZone: country.timeZone,
        region: country.region,
      });
      expect(world.timeZones).toContain(country.timeZone);
    }
    // Kazakhstan spans several zones; the catalogue's capital zone is the default.
    expect(getWorldCountry('KZ').timeZones.length).toBeGreaterThan(1);
    expect(getWorldCountry('KZ').timeZone).toBe('Asia/Almaty');
    expect(getWorldCountry('TR').capital).toBeUndefined();
  });

  it('departs from CLDR only where the catalogue says why (Kyrgyzstan in Russian)', () => {
    const departures = countries.flatMap((country) => {
      const cldr = WORLD_COUNTRY_RECORDS.find((record) => record.code === country.code)?.name ?? {};
      return Object.entries(country.name)
        .filter(([language, text]) => cldr[language] !== text)
        .map(([language, text]) => `${country.code}.${language}: ${cldr[language]} -> ${text}`);
    });
    expect(departures).toEqual(['KG.ru: Киргизия -> Кыргызстан']);
    expect(getCountry('KG').name['ky']).toBe('Кыргызстан');
  });
});

describe(getWorldCountry.name, () => {
  it('throws UNKNOWN_COUNTRY naming the code, with a hint for lower case', () => {
    expect(() => getWorldCountry('XK')).toThrow(CatalogueError);
    expect(() => getWorldCountry('XK')).toThrow(expect.objectContaining({ code: 'UNKNOWN_COUNTRY', message: expect.stringContaining('"XK"') }));
    expect(() => getWorldCountry('tr')).toThrow('codes are upper case: "TR"');
    expect(() => getWorldCountry('XK')).toThrow(new CatalogueError('UNKNOWN_COUNTRY', 'Unknown country "XK": not an ISO 3166-1 alpha-2 code'));
    expect(() => getWorldCountry('xk')).toThrow(expect.objectContaining({ message: 'Unknown country "xk": not an ISO 3166-1 alpha-2 code' }));
  });
});

describe('ZWorldCountryCode', () => {
  it('accepts any ISO code and explains a wrong one', () => {
    expect(ZWorldCountryCode.parse('TR')).toBe('TR');
    expect(ZWorldCountryCode.safeParse('ZZ').error?.issues[0]?.message).toBe('"ZZ" is not an ISO 3166-1 alpha-2 country code (e.g. "KZ", "GE")');
  });
});
