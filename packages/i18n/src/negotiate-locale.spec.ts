import { SUPPORTED_LOCALES } from './locales.js';
import { matchLocale, negotiateLocale, parseAcceptLanguage } from './negotiate-locale.js';

describe(negotiateLocale.name, () => {
  it('lets ?lang= beat the cookie, the cookie beat Accept-Language, and falls back to en', () => {
    const all = { query: 'ru', cookie: 'ka', acceptLanguage: 'hy,en;q=0.5' };
    expect(negotiateLocale(all, SUPPORTED_LOCALES)).toBe('ru');
    expect(negotiateLocale({ ...all, query: null }, SUPPORTED_LOCALES)).toBe('ka');
    expect(negotiateLocale({ ...all, query: null, cookie: undefined }, SUPPORTED_LOCALES)).toBe('hy');
    expect(negotiateLocale({}, SUPPORTED_LOCALES)).toBe('en');
  });

  it('skips values it cannot serve and moves on to the next source', () => {
    expect(negotiateLocale({ query: 'xx-invalid-!!', cookie: 'fr', acceptLanguage: 'de, kk;q=0.8' }, SUPPORTED_LOCALES)).toBe('kk');
    expect(negotiateLocale({ acceptLanguage: 'fr-FR, de;q=0.7' }, SUPPORTED_LOCALES)).toBe('en');
  });

  it('maps regional and script-less Chinese tags to zh-Hans', () => {
    expect(negotiateLocale({ acceptLanguage: 'zh-CN,zh;q=0.9' }, SUPPORTED_LOCALES)).toBe('zh-Hans');
    expect(negotiateLocale({ query: 'zh' }, SUPPORTED_LOCALES)).toBe('zh-Hans');
    expect(negotiateLocale({ query: 'ZH-hans' }, SUPPORTED_LOCALES)).toBe('zh-Hans');
  });
});

describe(matchLocale.name, () => {
  it('matches on the base language when the region differs', () => {
    expect(matchLocale('ru-KZ', SUPPORTED_LOCALES)).toBe('ru');
    expect(matchLocale('uz-Latn-UZ', SUPPORTED_LOCALES)).toBe('uz');
    expect(matchLocale('*', SUPPORTED_LOCALES)).toBeNull();
    expect(matchLocale('fr', SUPPORTED_LOCALES)).toBeNull();
  });
});

describe(parseAcceptLanguage.name, () => {
  it('orders by q weight, keeps header order on ties and drops q=0', () => {
    expect(parseAcceptLanguage('en;q=0.5, ka, ru;q=0.9, az;q=0, hy')).toEqual(['ka', 'hy', 'ru', 'en']);
    expect(parseAcceptLanguage('')).toEqual([]);
  });
});
