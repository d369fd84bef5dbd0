import { getLanguage, isSupportedLanguage, negotiateLanguage, parseAcceptLanguage, ZLanguageTag, ZSupportedLanguage } from './languages.js';

const centralAsia = ['en', 'zh-Hans', 'ru', 'kk', 'ky', 'tg', 'tk', 'uz'];

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
    expect(negotiateLanguage('zh-TW', centralAsia)).toBe('zh-Hans');
  });

  it('skips unsupported and q=0 languages', () => {
    expect(negotiateLanguage('de-DE, fr;q=0.9, ru;q=0.1', centralAsia)).toBe('ru');
    expect(negotiateLanguage('ru;q=0, en;q=0.2', centralAsia)).toBe('en');
  });

  it('falls back to the first supported language', () => {
    expect(negotiateLanguage('de', centralAsia)).toBe('en');
    expect(negotiateLanguage('', ['ka', 'en'])).toBe('ka');
    expect(negotiateLanguage(undefined, ['hy'])).toBe('hy');
    expect(negotiateLanguage('*', ['az', 'en'])).toBe('az');
  });

  it('takes an ordered list of tags', () => {
    expect(negotiateLanguage(['ka', 'ru'], ['en', 'ru', 'ka'])).toBe('ka');
  });

  it('refuses an empty supported list', () => {
    expect(() => negotiateLanguage('en', [])).toThrow(expect.objectContaining({ code: 'NO_SUPPORTED_LANGUAGES' }));
  });
});

describe(parseAcceptLanguage.name, () => {
  it('orders by weight and drops malformed entries', () => {
    expect(parseAcceptLanguage('fr;q=0.3, en-US , not a tag;q=1, ru;q=0.8, xx;q=bogus')).toEqual(['en-US', 'ru', 'fr']);
  });
});

describe('language validation', () => {
  it('tells supported languages from other valid tags', () => {
    expect(isSupportedLanguage('zh-Hans')).toBe(true);
    expect(isSupportedLanguage('zh')).toBe(false);
    expect(ZLanguageTag.safeParse('de-AT').success).toBe(true);
    expect(ZLanguageTag.safeParse('en_US').error?.issues[0]?.message).toContain('"en_US" is not a valid BCP 47 language tag');
    expect(ZSupportedLanguage.safeParse('de').error?.issues[0]?.message).toContain('"de" is not a supported language');
  });

  it('throws UNKNOWN_LANGUAGE for an unknown code', () => {
    expect(getLanguage('hy').name['hy']).toBe('հայերեն');
    expect(() => getLanguage('fa')).toThrow(expect.objectContaining({ code: 'UNKNOWN_LANGUAGE' }));
  });
});
