import { localizedHref } from './href.js';

describe(localizedHref.name, () => {
  it('adds ?lang= only when the visitor chose a language in the URL', () => {
    expect(localizedHref('/china-caucasus', null)).toBe('/china-caucasus');
    expect(localizedHref('/china-caucasus', 'ka')).toBe('/china-caucasus?lang=ka');
    expect(localizedHref('/?lang=en', 'zh-Hans')).toBe('/?lang=zh-Hans');
  });
});
