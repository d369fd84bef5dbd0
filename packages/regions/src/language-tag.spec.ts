import { baseLanguage, canonicalLanguageTag, isWellFormedLanguageTag, languageCandidates } from './language-tag.js';

describe(isWellFormedLanguageTag.name, () => {
  it('accepts BCP 47 tags in any case and refuses blanks, padding and broken tags', () => {
    expect(isWellFormedLanguageTag('en')).toBe(true);
    expect(isWellFormedLanguageTag('zh-hans-cn')).toBe(true);
    expect(isWellFormedLanguageTag('')).toBe(false);
    expect(isWellFormedLanguageTag(' en')).toBe(false);
    expect(isWellFormedLanguageTag('en ')).toBe(false);
    expect(isWellFormedLanguageTag('en-')).toBe(false);
    expect(isWellFormedLanguageTag('en_US')).toBe(false);
  });
});

describe(canonicalLanguageTag.name, () => {
  it('fixes the casing of a tag and leaves a malformed one as it is', () => {
    expect(canonicalLanguageTag('zh-hans-cn')).toBe('zh-Hans-CN');
    expect(canonicalLanguageTag('KK-kz')).toBe('kk-KZ');
    expect(canonicalLanguageTag('not a tag')).toBe('not a tag');
  });
});

describe(baseLanguage.name, () => {
  it('is the lower-cased primary subtag', () => {
    expect(baseLanguage('ZH-Hans-CN')).toBe('zh');
    expect(baseLanguage('kk')).toBe('kk');
  });
});

describe(languageCandidates.name, () => {
  it('goes from the whole tag through its truncations to the bare language', () => {
    expect(languageCandidates('zh-hans-cn')).toEqual(['zh-Hans-CN', 'zh-Hans', 'zh']);
    expect(languageCandidates('sr-Latn-RS-u-ca-gregory')).toEqual([
      'sr-Latn-RS-u-ca-gregory',
      'sr-Latn-RS-u-ca',
      'sr-Latn-RS-u',
      'sr-Latn-RS',
      'sr-Latn',
      'sr',
    ]);
  });

  it('adds the likely script form, once, before the bare language', () => {
    expect(languageCandidates('zh-TW')).toEqual(['zh-TW', 'zh-Hant', 'zh']);
    expect(languageCandidates('kk')).toEqual(['kk', 'kk-Cyrl']);
    expect(languageCandidates('zh-Hans')).toEqual(['zh-Hans', 'zh']);
  });

  it('offers a malformed tag only itself', () => {
    expect(languageCandidates('not a tag')).toEqual(['not a tag']);
    expect(languageCandidates('qaa')).toEqual(['qaa']);
  });
});
