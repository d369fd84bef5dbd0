import { matchLocale, negotiateLocale } from './negotiate-locale.js';

describe(negotiateLocale.name, () => {
  it('lets ?lang= beat the cookie, the cookie beat Accept-Language, and falls back to en', () => {
    const all = { query: 'ru', cookie: 'ka', acceptLanguage: 'hy,en;q=0.5' };
    expect(negotiateLocale(all)).toBe('ru');
    expect(negotiateLocale({ ...all, query: null })).toBe('ka');
    expect(negotiateLocale({ ...all, query: null, cookie: undefined })).toBe('hy');
    expect(negotiateLocale({})).toBe('en');
  });

  it('keeps the precedence when an earlier source matches only a regional variant', () => {
    expect(negotiateLocale({ query: 'ru-KZ', cookie: 'ka' })).toBe('ru');
  });

  it('skips values it cannot serve and moves on to the next source', () => {
    expect(negotiateLocale({ query: 'xx-invalid-!!', cookie: 'fr', acceptLanguage: 'de, kk;q=0.8' })).toBe('kk');
    expect(negotiateLocale({ acceptLanguage: 'fr-FR, de;q=0.7' })).toBe('en');
  });

  it('maps regional and script-less Chinese tags to zh-Hans', () => {
    expect(negotiateLocale({ acceptLanguage: 'zh-CN,zh;q=0.9' })).toBe('zh-Hans');
    expect(negotiateLocale({ query: 'zh' })).toBe('zh-Hans');
    expect(negotiateLocale({ query: 'ZH-hans' })).toBe('zh-Hans');
  });
});

describe(matchLocale.name, () => {
  it('matches on the base language when the region differs', () => {
    expect(matchLocale('ru-KZ')).toBe('ru');
    expect(matchLocale('uz-Latn-UZ')).toBe('uz');
    expect(matchLocale('*')).toBeNull();
    expect(matchLocale('fr')).toBeNull();
  });
});
