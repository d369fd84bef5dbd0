import { matchLanguage, negotiateLanguage, parseAcceptLanguage } from './language-negotiation.js';
import { UI_LANGUAGE_CODES } from './languages.js';

const centralAsia = ['en', 'zh-Hans', 'ru', 'kk', 'ky', 'tg', 'tk', 'uz'];

describe(parseAcceptLanguage.name, () => {
  it('orders by q-value, keeps header order on ties, drops q=0, the wildcard and malformed tags', () => {
    expect(parseAcceptLanguage('fr;q=0.3, en-US , not a tag;q=1, ru;q=0.8, xx;q=bogus, az;q=0, *;q=0.1')).toEqual(['en-US', 'ru', 'fr']);
    expect(parseAcceptLanguage('en;q=0.5, ka, ru;q=0.9, az;q=0, hy')).toEqual(['ka', 'hy', 'ru', 'en']);
  });

  it('reads an absent or empty header as no preference', () => {
    expect(parseAcceptLanguage('')).toEqual([]);
    expect(parseAcceptLanguage(null)).toEqual([]);
    expect(parseAcceptLanguage(undefined)).toEqual([]);
  });
});

describe(matchLanguage.name, () => {
  it('serves regional variants and script-less tags with the catalogued language', () => {
    expect(matchLanguage('kk-KZ', centralAsia)).toBe('kk');
    expect(matchLanguage('ru-KZ', centralAsia)).toBe('ru');
    expect(matchLanguage('uz-Latn-UZ', centralAsia)).toBe('uz');
    expect(matchLanguage('zh-CN', centralAsia)).toBe('zh-Hans');
    expect(matchLanguage('zh', centralAsia)).toBe('zh-Hans');
    expect(matchLanguage('ZH-hans', centralAsia)).toBe('zh-Hans');
  });

  it('does not give a reader a script CLDR says they may not read', () => {
    expect(matchLanguage('zh-TW', centralAsia)).toBeNull();
    expect(matchLanguage('uz-Cyrl', centralAsia)).toBe('ru');
  });

  it('answers null for unsupported, wildcard and malformed tags', () => {
    expect(matchLanguage('fr', centralAsia)).toBeNull();
    expect(matchLanguage('*', centralAsia)).toBeNull();
    expect(matchLanguage('xx-invalid-!!', centralAsia)).toBeNull();
    expect(matchLanguage('kk', [])).toBeNull();
  });
});

describe(negotiateLanguage.name, () => {
  it('honours q-values over header order', () => {
    expect(negotiateLanguage('en;q=0.5, ru;q=0.9, kk;q=0.7', centralAsia)).toBe('ru');
  });

  it('keeps header order among equal weights', () => {
    expect(negotiateLanguage('uz, kk', centralAsia)).toBe('uz');
  });

  it('matches regional and script variants to the supported language', () => {
    expect(negotiateLanguage('kk-KZ,ru;q=0.9', centralAsia)).toBe('kk');
    expect(negotiateLanguage('zh-CN,zh;q=0.9', centralAsia)).toBe('zh-Hans');
  });

  it('skips unsupported and q=0 languages', () => {
    expect(negotiateLanguage('de-DE, fr;q=0.9, ru;q=0.1', centralAsia)).toBe('ru');
    expect(negotiateLanguage('ru;q=0, en;q=0.2', centralAsia)).toBe('en');
  });

  it('falls back to the default language, else the first supported one', () => {
    expect(negotiateLanguage('de', centralAsia)).toBe('en');
    expect(negotiateLanguage('', ['ka', 'en'])).toBe('ka');
    expect(negotiateLanguage(undefined, ['hy'])).toBe('hy');
    expect(negotiateLanguage('*', ['az', 'en'])).toBe('az');
    expect(negotiateLanguage('zh-TW', ['ka', 'en'], { defaultLanguage: 'en' })).toBe('en');
  });

  it('lets the first matching preference of a list win, even over a closer match further down', () => {
    expect(negotiateLanguage(['ka', 'ru'], ['en', 'ru', 'ka'])).toBe('ka');
    expect(negotiateLanguage(['ru-KZ', 'ka'], UI_LANGUAGE_CODES)).toBe('ru');
    expect(negotiateLanguage([null, '', 'fr', 'hy'], UI_LANGUAGE_CODES)).toBe('hy');
  });

  it('refuses an empty supported list', () => {
    expect(() => negotiateLanguage('en', [])).toThrow(expect.objectContaining({ code: 'NO_SUPPORTED_LANGUAGES' }));
    expect(() => negotiateLanguage('en', [])).toThrow('negotiateLanguage needs at least one supported language');
  });
});
