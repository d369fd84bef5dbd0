import { catalogueProblems, createTranslatorFactory, messageArguments } from './message-translator.js';

const en = { greeting: 'Hello, {name}', items: '{count, plural, one {# item} other {# items}}', only: 'Only in English' } as const;
type Key = keyof typeof en;
const ru: Partial<Record<Key, string>> = { greeting: 'Здравствуйте, {name}', items: '{count, plural, one {# предмет} few {# предмета} many {# предметов} other {# предмета}}' };

describe(createTranslatorFactory.name, () => {
  const translator = createTranslatorFactory<Key, 'en' | 'ru'>({ defaultLocale: 'en', catalogues: { en, ru } });

  it('formats in the chosen locale with its plural rules', () => {
    expect(translator('ru')('items', { count: 22 })).toBe('22 предмета');
    expect(translator('ru')('items', { count: 5 })).toBe('5 предметов');
    expect(translator('en')('greeting', { name: 'Aigerim' })).toBe('Hello, Aigerim');
  });

  it('falls back to the default catalogue for a missing key and for an unknown locale', () => {
    expect(translator('ru')('only')).toBe('Only in English');
    const unknown = translator('fr');
    expect(unknown.locale).toBe('en');
    expect(unknown('items', { count: 1 })).toBe('1 item');
  });
});

describe(catalogueProblems.name, () => {
  it('names missing, extra and mismatched keys, and unparsable messages', () => {
    const broken = { greeting: 'Здравствуйте, {person}', items: '{count, plural, one {# x}', extra: 'лишний' };
    expect(catalogueProblems(en, 'en', broken, 'ru', { complete: true })).toEqual([
      'ru: extra key "extra" (not in en)',
      'ru: missing key "only"',
      'ru: "greeting" uses {person} where en uses {name}',
      expect.stringContaining('ru: "items" is not valid ICU MessageFormat'),
    ]);
  });

  it('accepts a sound partial catalogue unless completeness is asked for', () => {
    expect(catalogueProblems(en, 'en', ru, 'ru', { complete: false })).toEqual([]);
    expect(catalogueProblems(en, 'en', ru, 'ru', { complete: true })).toEqual(['ru: missing key "only"']);
  });

  it('reads arguments inside plural branches', () => {
    expect([...messageArguments('{a} {n, plural, other {# {b}}}', 'en')].sort()).toEqual(['a', 'b', 'n']);
  });
});
