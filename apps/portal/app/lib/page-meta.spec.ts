import { pageAddress, pageMeta } from './page-meta.js';

describe(pageMeta.name, () => {
  const address = pageAddress(new Request('https://forums.example/china-central-asia/11/programme?day=2024-10-26&lang=kk'));

  it('gives the page its canonical URL in its language and an alternate for every UI language', () => {
    const tags = pageMeta({ title: 'Programme', description: 'The programme', siteName: 'Caravan', locale: 'kk', address });
    expect(tags).toContainEqual({ title: 'Programme · Caravan' });
    expect(tags).toContainEqual({ name: 'description', content: 'The programme' });
    expect(tags).toContainEqual({ tagName: 'link', rel: 'canonical', href: 'https://forums.example/china-central-asia/11/programme?day=2024-10-26&lang=kk' });
    expect(tags).toContainEqual({ tagName: 'link', rel: 'alternate', hrefLang: 'zh-Hans', href: 'https://forums.example/china-central-asia/11/programme?day=2024-10-26&lang=zh-Hans' });
    expect(tags).toContainEqual({ tagName: 'link', rel: 'alternate', hrefLang: 'x-default', href: 'https://forums.example/china-central-asia/11/programme?day=2024-10-26' });
    expect(tags.filter((tag) => 'hrefLang' in tag)).toHaveLength(12);
  });

  it('names the Open Graph image in the page language, absolute, with its size', () => {
    const tags = pageMeta({ title: 'T', description: 'D', siteName: 'S', locale: 'kk', address, image: { path: '/china-central-asia/11/og.png', width: 1200, height: 630, alt: 'T' } });
    expect(tags).toContainEqual({ property: 'og:image', content: 'https://forums.example/china-central-asia/11/og.png?lang=kk' });
    expect(tags).toContainEqual({ property: 'og:image:width', content: '1200' });
    expect(tags).toContainEqual({ property: 'og:image:height', content: '630' });
    expect(pageMeta({ title: 'T', description: 'D', siteName: 'S', locale: 'kk', address }).some((tag) => 'property' in tag && tag.property === 'og:image')).toBe(false);
  });

  it('leaves out the links when the address is unknown (an error page)', () => {
    expect(pageMeta({ title: 'T', description: 'D', siteName: 'S', locale: 'en', address: undefined }).some((tag) => 'tagName' in tag)).toBe(false);
  });
});
