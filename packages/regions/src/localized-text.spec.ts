import { DEFAULT_FALLBACK, isPlainText, MAX_TEXT_LANGUAGES, MAX_TEXT_LENGTH, pickText, ZLocalizedText } from './localized-text.js';

const astana = { en: 'Astana', 'zh-Hans': '阿斯塔纳', ru: 'Астана', kk: 'Астана' };

describe(pickText.name, () => {
  it('takes the exact tag', () => {
    expect(pickText(astana, 'zh-Hans')).toEqual({ text: '阿斯塔纳', language: 'zh-Hans', fallback: false });
    expect(pickText({ en: 'a', 'EN-gb': 'b' }, 'en-GB')).toEqual({ text: 'b', language: 'EN-gb', fallback: false });
  });

  it('takes the base language of a longer tag', () => {
    expect(pickText(astana, 'zh-Hans-CN')).toEqual({ text: '阿斯塔纳', language: 'zh-Hans', fallback: false });
    expect(pickText(astana, 'ru-KZ')).toEqual({ text: 'Астана', language: 'ru', fallback: false });
  });

  it('takes the likely script form of a bare language ("zh-Hans" for "zh")', () => {
    const text = { en: 'Tea', 'zh-Hant': '茶(繁)', 'zh-Hans': '茶' };
    expect(pickText(text, 'zh')).toEqual({ text: '茶', language: 'zh-Hans', fallback: false });
    expect(pickText(text, 'zh-TW')).toEqual({ text: '茶(繁)', language: 'zh-Hant', fallback: false });
  });

  it('prefers the exact bare tag over a script form', () => {
    expect(pickText({ en: 'x', zh: 'plain', 'zh-Hans': 'simplified' }, 'zh')?.text).toBe('plain');
  });

  it('falls back to the same language in another script before the chain', () => {
    expect(pickText({ en: 'Tea', 'zh-Hant': '茶' }, 'zh-Hans')).toEqual({ text: '茶', language: 'zh-Hant', fallback: false });
  });

  it('follows the fallback chain, then any language present', () => {
    expect(DEFAULT_FALLBACK).toEqual(['en', 'ru', 'zh-Hans']);
    expect(pickText(astana, 'de')).toEqual({ text: 'Astana', language: 'en', fallback: true });
    expect(pickText({ ru: 'Астана', 'zh-Hans': '阿斯塔纳' }, 'ka')).toEqual({ text: 'Астана', language: 'ru', fallback: true });
    expect(pickText({ ru: 'Астана', 'zh-Hans': '阿斯塔纳' }, 'ka', ['zh-Hans'])).toEqual({
      text: '阿斯塔纳',
      language: 'zh-Hans',
      fallback: true,
    });
    expect(pickText({ hy: 'Երևան' }, 'ka')).toEqual({ text: 'Երևան', language: 'hy', fallback: true });
  });

  it('answers the same once its tag cache has cycled through many visitors\' tags', () => {
    const before = pickText(astana, 'kk-KZ');
    for (let i = 0; i < 600; i += 1) pickText(astana, `x-tag${i}`);
    expect(pickText(astana, 'kk-KZ')).toEqual(before);
    expect(before).toEqual({ text: 'Астана', language: 'kk', fallback: false });
    expect(pickText({ EN: 'upper' }, 'en')).toEqual({ text: 'upper', language: 'EN', fallback: false });
  });

  it('skips empty texts and returns null when nothing is left', () => {
    expect(pickText({ kk: ' ', en: 'Astana' }, 'kk')).toEqual({ text: 'Astana', language: 'en', fallback: true });
    expect(pickText({}, 'en')).toBeNull();
    expect(pickText(null, 'en')).toBeNull();
    expect(pickText(undefined, 'en')).toBeNull();
    expect(pickText({ en: ' ', ru: '' }, 'kk')).toBeNull();
  });
});

describe('ZLocalizedText', () => {
  it('accepts texts keyed by valid tags with an English text', () => {
    expect(ZLocalizedText.parse(astana)).toEqual(astana);
    expect(ZLocalizedText.parse({ en: '  Astana ' })).toEqual({ en: 'Astana' });
    expect(ZLocalizedText.safeParse({ en: '   ' }).error?.issues.map((i) => i.message)).toEqual(['text must not be empty']);
  });

  it('requires "en"', () => {
    const issues = ZLocalizedText.safeParse({ ru: 'Астана' }).error?.issues ?? [];
    expect(issues.map((i) => i.message)).toEqual([expect.stringContaining('English ("en") text is required')]);
  });

  it('rejects malformed tags and empty texts, naming the key', () => {
    const issues = ZLocalizedText.safeParse({ en: 'x', 'not a tag': 'y', ru: '' }).error?.issues ?? [];
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual(
      expect.arrayContaining([
        ['ru', 'text must not be empty'],
        ['not a tag', expect.stringContaining('"not a tag" is not a valid BCP 47 language tag')],
      ]),
    );
  });
});

describe('ZLocalizedText bounds', () => {
  const messages = (value: unknown): string[] => {
    const result = ZLocalizedText.safeParse(value);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it('takes line breaks and tabs, and texts up to the length and language limits', () => {
    expect(messages({ en: 'Line one\nline two\r\n\tindented', ka: 'თბილისი 😀' })).toEqual([]);
    expect(messages({ en: 'x'.repeat(MAX_TEXT_LENGTH) })).toEqual([]);
    const languages = Object.fromEntries(Array.from({ length: MAX_TEXT_LANGUAGES }, (_, i) => [i === 0 ? 'en' : `q${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`, 'text']));
    expect(messages(languages)).toEqual([]);
  });

  it('refuses a text that is too long, too many languages, and control characters, saying which', () => {
    expect(messages({ en: 'x'.repeat(MAX_TEXT_LENGTH + 1) })).toEqual([`a text is at most ${MAX_TEXT_LENGTH} characters`]);
    const languages = Object.fromEntries(Array.from({ length: MAX_TEXT_LANGUAGES + 1 }, (_, i) => [i === 0 ? 'en' : `q${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`, 'text']));
    expect(messages(languages)).toEqual([`a text carries at most ${MAX_TEXT_LANGUAGES} languages`]);
    for (const bad of ['nul\u0000', 'bell\u0007', 'esc\u001b[31m', 'del\u007f', 'c1\u0085', 'lone \ud800 half', 'nonchar\uffff']) {
      expect({ bad, messages: messages({ en: bad }) }).toEqual({ bad, messages: ['text must not contain control characters (other than tab and line breaks)'] });
    }
    expect(isPlainText('pair 😀')).toBe(true);
  });
});
