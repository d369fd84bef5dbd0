import { z } from 'zod';
import { countries, getCountry, ZCountryCode } from './countries.js';
import { CatalogueError } from './errors.js';
import { isSupportedLanguage, languages } from './languages.js';
import { ZLocalizedText } from './localized-text.js';
import { getRegion, regions, SHARED_PORTAL_LANGUAGES, ZRegionCode } from './regions.js';
import { getSubnationalUnit, subnationalUnits, subnationalUnitsOf } from './subnational-units.js';
import { isValidTimeZone } from './time-zones.js';

const ZCatalogueText = ZLocalizedText.refine((t) => Boolean(t['en'] && t['zh-Hans'] && t['ru']), {
  error: 'needs en, zh-Hans and ru',
});
const ZSupported = z.string().refine(isSupportedLanguage, { error: 'not in languages' });

const ZCountry = z.object({
  code: z.string().regex(/^[A-Z]{2}$/),
  name: ZCatalogueText,
  capital: ZCatalogueText,
  languages: z.array(ZSupported).min(1),
  timeZone: z.string().refine(isValidTimeZone, { error: 'invalid time zone' }),
  region: z.enum(['central-asia', 'south-caucasus', 'china']),
});

describe('catalogue', () => {
  it('validates every country', () => {
    for (const country of countries) {
      const result = ZCountry.safeParse(country);
      expect({ code: country.code, issues: result.error?.issues ?? [] }).toEqual({ code: country.code, issues: [] });
      for (const lang of country.languages) {
        expect(country.name[lang]).toBeTruthy();
        expect(country.capital[lang]).toBeTruthy();
      }
    }
  });

  it('holds exactly the nine countries of the two series', () => {
    expect(countries.map((c) => c.code).sort()).toEqual(['AM', 'AZ', 'CN', 'GE', 'KG', 'KZ', 'TJ', 'TM', 'UZ']);
  });

  it('carries correct names in Chinese, Russian and local scripts', () => {
    expect(getCountry('KZ').name).toMatchObject({ en: 'Kazakhstan', 'zh-Hans': '哈萨克斯坦', ru: 'Казахстан', kk: 'Қазақстан' });
    expect(getCountry('KG').name).toMatchObject({ ru: 'Кыргызстан', ky: 'Кыргызстан' });
    expect(getCountry('TM').name['tk']).toBe('Türkmenistan');
    expect(getCountry('GE').name['ka']).toBe('საქართველო');
    expect(getCountry('AM').name['hy']).toBe('Հայաստան');
    expect(getCountry('AZ').capital['az']).toBe('Bakı');
    expect(getCountry('TJ').name['tg']).toBe('Тоҷикистон');
    expect(getCountry('UZ').name['zh-Hans']).toBe('乌兹别克斯坦');
    expect(getCountry('CN').capital['ru']).toBe('Пекин');
  });

  it('uses the facts table time zones and languages', () => {
    expect(Object.fromEntries(countries.map((c) => [c.code, c.timeZone]))).toEqual({
      CN: 'Asia/Shanghai',
      KZ: 'Asia/Almaty',
      KG: 'Asia/Bishkek',
      TJ: 'Asia/Dushanbe',
      TM: 'Asia/Ashgabat',
      UZ: 'Asia/Tashkent',
      GE: 'Asia/Tbilisi',
      AZ: 'Asia/Baku',
      AM: 'Asia/Yerevan',
    });
    expect(getCountry('KZ').languages).toEqual(['kk', 'ru']);
    expect(getCountry('KG').languages).toEqual(['ky', 'ru']);
  });

  it('gives every language its own name, an endonym, a script and a direction', () => {
    expect(languages.map((l) => l.code)).toEqual(['en', 'zh-Hans', 'ru', 'kk', 'ky', 'tg', 'tk', 'uz', 'ka', 'az', 'hy']);
    for (const language of languages) {
      expect(ZCatalogueText.safeParse(language.name).success).toBe(true);
      expect(language.name[language.code]).toBeTruthy();
      expect(language.endonym.trim()).toBe(language.endonym);
      expect(language.endonym).not.toBe('');
      expect(language.script).toMatch(/^[A-Z][a-z]{3}$/);
      expect(language.direction).toBe('ltr');
    }
  });

  it('builds each region from countries that point back to it, with the portal languages', () => {
    for (const region of regions) {
      expect(ZCatalogueText.safeParse(region.name).success).toBe(true);
      expect(region.languages.slice(0, 3)).toEqual(['en', 'zh-Hans', 'ru']);
      expect(region.languages.slice(0, 3)).toEqual([...SHARED_PORTAL_LANGUAGES]);
      for (const code of region.countries) {
        const country = getCountry(code);
        expect(country.region).toBe(region.code);
        for (const lang of country.languages) expect(region.languages).toContain(lang);
      }
      region.languages.forEach((l) => expect(isSupportedLanguage(l)).toBe(true));
    }
    const membership = regions.flatMap((r) => r.countries).sort();
    expect(membership).toEqual(countries.map((c) => c.code).sort());
    expect(getRegion('south-caucasus').languages).toEqual(['en', 'zh-Hans', 'ru', 'ka', 'az', 'hy']);
    expect(getRegion('china').kind).toBe('partner');
  });

  it('keeps subnational units consistent: ISO codes well-formed, parents existing in the same country', () => {
    const ids = new Set(subnationalUnits.map((u) => u.id));
    expect(ids.size).toBe(subnationalUnits.length);
    for (const unit of subnationalUnits) {
      expect(ZCatalogueText.safeParse(unit.name).success).toBe(true);
      if (unit.isoCode) {
        expect(unit.isoCode).toMatch(/^[A-Z]{2}-[A-Z0-9]{1,3}$/);
        expect(unit.isoCode.slice(0, 2)).toBe(unit.country);
        expect(unit.id).toBe(unit.isoCode);
      } else {
        expect(unit.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
      if (unit.parent) {
        expect(ids.has(unit.parent)).toBe(true);
        expect(getSubnationalUnit(unit.parent).country).toBe(unit.country);
      }
      if (unit.capital) expect(getSubnationalUnit(unit.capital).parent).toBe(unit.id);
    }
    expect(getSubnationalUnit('CN-NX').name['zh-Hans']).toBe('宁夏回族自治区');
    expect(getSubnationalUnit('cn-nx-yinchuan')).toMatchObject({ kind: 'city', parent: 'CN-NX' });
    expect(getSubnationalUnit('uz-sa-nurabad')).toMatchObject({ kind: 'district', parent: 'UZ-SA', country: 'UZ' });
    expect(getSubnationalUnit('uz-sa-nurabad').isoCode).toBeUndefined();
    expect(subnationalUnitsOf('UZ').map((u) => u.id)).toEqual(['UZ-SA', 'UZ-XO', 'uz-sa-nurabad']);
  });
});

describe(getCountry.name, () => {
  it('throws a CatalogueError naming the unknown code', () => {
    expect(() => getCountry('RU')).toThrow(CatalogueError);
    try {
      getCountry('RU');
    } catch (error) {
      expect(error).toMatchObject({ code: 'UNKNOWN_COUNTRY' });
      expect((error as Error).message).toContain('"RU"');
    }
  });

  it('rejects unknown codes in ZCountryCode with a readable message', () => {
    expect(ZCountryCode.parse('GE')).toBe('GE');
    expect(ZCountryCode.safeParse('ge').error?.issues[0]?.message).toContain('"ge" is not a catalogued country');
  });
});

describe(getRegion.name, () => {
  it('throws UNKNOWN_REGION', () => {
    expect(() => getRegion('south-asia')).toThrow(expect.objectContaining({ code: 'UNKNOWN_REGION' }));
  });
});

describe(getSubnationalUnit.name, () => {
  it('throws UNKNOWN_SUBNATIONAL_UNIT and accepts ISO codes', () => {
    expect(getSubnationalUnit('UZ-XO').name['en']).toBe('Khorezm Region');
    expect(() => getSubnationalUnit('cn-nx-zhongwei')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_SUBNATIONAL_UNIT', message: expect.stringContaining('cn-nx-zhongwei') }),
    );
  });
});

describe('catalogue errors', () => {
  it('are CatalogueErrors that list what the catalogue holds', () => {
    expect(() => getCountry('XX')).toThrow(
      expect.objectContaining({
        name: 'CatalogueError',
        message: 'Unknown country "XX"; the catalogue holds CN, KZ, KG, TJ, TM, UZ, GE, AZ, AM',
      }),
    );
    expect(() => getRegion('x')).toThrow('Unknown region "x"; the catalogue holds central-asia, south-caucasus, china');
    expect(() => getSubnationalUnit('zz')).toThrow(
      'Unknown subnational unit "zz"; known ids are CN-NX, cn-nx-yinchuan, cn-nx-shizuishan, UZ-SA, UZ-XO, uz-sa-nurabad',
    );
    expect(ZCountryCode.safeParse('DE').error?.issues[0]?.message).toBe('"DE" is not a catalogued country; use one of CN, KZ, KG, TJ, TM, UZ, GE, AZ, AM');
    expect(ZRegionCode.safeParse('x').error?.issues[0]?.message).toBe('"x" is not a catalogued region; use one of central-asia, south-caucasus, china');
  });

  it('links Ningxia and its cities both ways', () => {
    expect(getSubnationalUnit('CN-NX').capital).toBe('cn-nx-yinchuan');
    expect(getSubnationalUnit('cn-nx-shizuishan').parent).toBe('CN-NX');
  });
});
