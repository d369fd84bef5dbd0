import { foreignTextAttributes, languageAttributes } from './text-language.js';

describe(languageAttributes.name, () => {
  it('gives a left-to-right page lang and dir="ltr"', () => {
    expect(languageAttributes('ru')).toEqual({ lang: 'ru', dir: 'ltr' });
    expect(languageAttributes('zh-Hans')).toEqual({ lang: 'zh-Hans', dir: 'ltr' });
  });

  it('gives a right-to-left language dir="rtl"', () => {
    expect(languageAttributes('ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(languageAttributes('ug')).toEqual({ lang: 'ug', dir: 'rtl' });
  });
});

describe(foreignTextAttributes.name, () => {
  it('marks nothing when the text is in the page language', () => {
    expect(foreignTextAttributes('kk', 'kk')).toBeUndefined();
  });

  it('marks a right-to-left text inside a left-to-right page, and the reverse', () => {
    expect(foreignTextAttributes('fa', 'en')).toEqual({ lang: 'fa', dir: 'rtl' });
    expect(foreignTextAttributes('en', 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
  });
});
