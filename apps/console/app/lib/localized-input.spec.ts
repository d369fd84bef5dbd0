import { localizedFieldMap, localizedInput, slugify } from './localized-input.js';

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
};

describe(localizedInput.name, () => {
  it('collects the versions given, English first, and maps api indexes back to their fields', () => {
    const data = form({ title_ru: 'Зелёное финансирование', title_en: 'Green finance', 'title_zh-Hans': ' ' });
    expect(localizedInput(data, 'title')).toEqual([
      { language: 'en', text: 'Green finance' },
      { language: 'ru', text: 'Зелёное финансирование' },
    ]);
    expect(localizedFieldMap(data, 'title')['title.1.text']).toBe('title_ru');
  });
});

describe(slugify.name, () => {
  it('makes a URL slug from Latin text and nothing from other scripts', () => {
    expect(slugify('Green Finance: Ürümqi & Almaty 2024')).toBe('green-finance-urumqi-almaty-2024');
    expect(slugify('绿色金融')).toBe('');
  });
});
