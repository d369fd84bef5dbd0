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

  it('leaves out the links when the address is unknown (an error page)', () => {
    expect(pageMeta({ title: 'T', description: 'D', siteName: 'S', locale: 'en', address: undefined }).some((tag) => 'tagName' in tag)).toBe(false);
  });
});
