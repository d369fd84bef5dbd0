import {
  getLanguage,
  isSupportedLanguage,
  isUiLanguage,
  languages,
  textDirection,
  UI_LANGUAGE_CODES,
  ZLanguageTag,
  ZSupportedLanguage,
} from './languages.js';

// Unicode script property of each ISO 15924 code the catalogue uses.
const SCRIPT_PATTERN: Record<string, RegExp> = {
  Latn: /^[\p{Script=Latin}\s\u02BB]+$/u,
  Cyrl: /^[\p{Script=Cyrillic}\s]+$/u,
  Hans: /^\p{Script=Han}+$/u,
  Geor: /^\p{Script=Georgian}+$/u,
  Armn: /^\p{Script=Armenian}+$/u,
};

describe('language catalogue', () => {
  it('gives every language an endonym written in its own script', () => {
    for (const language of languages) {
      const pattern = SCRIPT_PATTERN[language.script];
      expect({ code: language.code, script: pattern ? 'known' : language.script }).toEqual({ code: language.code, script: 'known' });
      expect({ code: language.code, endonym: pattern?.test(language.endonym) }).toEqual({ code: language.code, endonym: true });
    }
  });

  it('agrees with the runtime on each language\'s script and direction', () => {
    for (const language of languages) {
      const likely = new Intl.Locale(language.code).maximize().script;
      expect({ code: language.code, script: language.script }).toEqual({ code: language.code, script: likely });
    }
  });

  it('derives the interface languages from the records flagged ui, in catalogue order', () => {
    expect(UI_LANGUAGE_CODES).toEqual(languages.filter((l) => l.ui).map((l) => l.code));
    expect(UI_LANGUAGE_CODES).toEqual(['en', 'zh-Hans', 'ru', 'kk', 'ky', 'tg', 'tk', 'uz', 'ka', 'az', 'hy']);
    expect(isUiLanguage('kk')).toBe(true);
    expect(isUiLanguage('kk-KZ')).toBe(false);
  });
});

describe(textDirection.name, () => {
  it('reads catalogued languages from the catalogue', () => {
    expect(textDirection('hy')).toBe('ltr');
    expect(textDirection('zh-Hans')).toBe('ltr');
  });

  it('knows right-to-left languages the catalogue does not hold yet', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('fa-IR')).toBe('rtl');
    expect(textDirection('ug')).toBe('rtl');
    expect(textDirection('he')).toBe('rtl');
    expect(textDirection('de')).toBe('ltr');
  });

  it('answers ltr for a malformed tag', () => {
    expect(textDirection('not a tag')).toBe('ltr');
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
    expect(getLanguage('ru').endonym).toBe('Русский');
    expect(() => getLanguage('fa')).toThrow(expect.objectContaining({ code: 'UNKNOWN_LANGUAGE' }));
    expect(() => getLanguage('fa')).toThrow('Unknown language "fa"; supported languages are en, zh-Hans, ru, kk, ky, tg, tk, uz, ka, az, hy');
    expect(ZSupportedLanguage.safeParse('de').error?.issues[0]?.message).toBe(
      '"de" is not a supported language; use one of en, zh-Hans, ru, kk, ky, tg, tk, uz, ka, az, hy',
    );
    expect(ZLanguageTag.safeParse('en_US').error?.issues[0]?.message).toBe('"en_US" is not a valid BCP 47 language tag (e.g. "en", "zh-Hans", "kk")');
  });
});
