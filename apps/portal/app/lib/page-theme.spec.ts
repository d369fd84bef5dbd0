import { themes, themeToCssVariables } from '@caravan/themes';
import { isPageTheme, isSafeCssVariables, regionLocales, wornTheme } from './page-theme.js';

describe(regionLocales.name, () => {
  it('offers the UI locales of the countries\' official languages, without the shared en, zh-Hans and ru', () => {
    const countries = [{ languages: ['kk', 'ru'] }, { languages: ['ky', 'ru'] }, { languages: ['zh'] }, { languages: ['uz-Latn'] }, { languages: ['tg-TJ'] }];
    expect(regionLocales(countries)).toEqual(['kk', 'ky', 'uz', 'tg']);
    expect(regionLocales([{ languages: ['ka'] }, { languages: ['az'] }, { languages: ['hy'] }])).toEqual(['ka', 'az', 'hy']);
  });
});

describe(isPageTheme.name, () => {
  it('recognises loader data that carries a page theme', () => {
    expect(isPageTheme({ pageTheme: { themeKey: 'central-asia', regionLocales: [] } })).toBe(true);
    expect(isPageTheme({ seriesList: [] })).toBe(false);
    expect(isPageTheme(undefined)).toBe(false);
  });
});

describe(wornTheme.name, () => {
  const stored = { key: 'steppe', cssVariables: '--caravan-color-primary: #0B5563;\n--caravan-theme: steppe;', ornamentAlt: 'Medallion band' };

  it("wears the series' stored theme as the api resolved it", () => {
    const worn = wornTheme(stored, 'central-asia');
    expect(worn.css).toBe(stored.cssVariables);
    expect(worn.theme.key).toBe('steppe');
    expect(worn.theme.imagery.alt).toBe('Medallion band');
  });

  it('falls back to the preset of the key without a stored theme, or with declarations that could leave the style element', () => {
    expect(wornTheme(null, 'central-asia')).toEqual({ css: themeToCssVariables(themes['central-asia']), theme: themes['central-asia'] });
    const hostile = { ...stored, cssVariables: '--caravan-theme: x;</style><script>alert(1)</script>' };
    expect(isSafeCssVariables(hostile.cssVariables)).toBe(false);
    expect(wornTheme(hostile, undefined).theme).toBe(themes.default);
  });
});
