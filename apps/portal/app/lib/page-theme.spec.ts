import { isPageTheme, regionLocales } from './page-theme.js';

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
