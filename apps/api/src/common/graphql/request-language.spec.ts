import { parse } from 'graphql';
import { AppError } from '../errors/app-error.js';
import { requestLanguage } from './request-language.js';

const problemsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? { code: error.code, problems: error.problems } : error;
  }
  return null;
};

describe(requestLanguage.name, () => {
  it('takes the lang of the root fields, from a literal, a variable or its default', () => {
    expect(requestLanguage(parse('{ seriesList(lang: "ru") { slug } }'))).toBe('ru');
    expect(requestLanguage(parse('query($l: String) { seriesList(lang: $l) { slug } }'), { l: 'kk' })).toBe('kk');
    expect(requestLanguage(parse('query($l: String = "zh-Hans") { seriesList(lang: $l) { slug } }'))).toBe('zh-Hans');
  });

  it('answers in English without a lang, and reads root fields behind fragments', () => {
    expect(requestLanguage(parse('{ seriesList { slug } }'))).toBe('en');
    expect(requestLanguage(parse('{ ...F } fragment F on Query { regions(lang: "uz") { code } }'))).toBe('uz');
    expect(requestLanguage(parse('{ ... on Query { regions(lang: "tg") { code } } }'))).toBe('tg');
  });

  it('picks the operation by name', () => {
    const document = parse('query A { seriesList(lang: "ru") { slug } } query B { seriesList(lang: "ka") { slug } }');
    expect(requestLanguage(document, {}, 'B')).toBe('ka');
  });

  it('accepts one language repeated, and refuses two naming both', () => {
    expect(requestLanguage(parse('{ a: seriesList(lang: "ru") { slug } b: regions(lang: "ru") { code } }'))).toBe('ru');
    expect(problemsOf(() => requestLanguage(parse('{ a: seriesList(lang: "ru") { slug } b: regions(lang: "en") { code } }')))).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'lang', reason: 'differs between root fields (ru, en); a query answers in one language, so ask for the others in separate queries' }],
    });
  });

  it('refuses a tag that is not BCP 47, naming lang', () => {
    expect(problemsOf(() => requestLanguage(parse('{ seriesList(lang: "not a tag") { slug } }')))).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'lang', reason: 'must be a BCP 47 language tag such as "en", "ru" or "zh-Hans"' }],
    });
  });
});
