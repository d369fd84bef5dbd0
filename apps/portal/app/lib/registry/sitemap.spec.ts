import { SUPPORTED_LOCALES } from '@caravan/i18n';
import { robotsTxt, sitemapXml } from './sitemap.js';

describe('sitemap and robots', () => {
  it('lists every page once with its language versions', () => {
    const xml = sitemapXml('https://forum.example', ['/', '/china-central-asia', '/china-central-asia/agreements/11/a&b']);
    expect(xml.match(/<loc>/g)).toHaveLength(3);
    expect(xml).toContain('<loc>https://forum.example/china-central-asia</loc>');
    expect(xml).toContain('<loc>https://forum.example/china-central-asia/agreements/11/a&amp;b</loc>');
    expect(xml).toContain('hreflang="zh-Hans" href="https://forum.example/china-central-asia?lang=zh-Hans"');
    expect(xml.match(/hreflang=/g)).toHaveLength(3 * SUPPORTED_LOCALES.length);
  });

  it('points crawlers to the sitemap and away from personal links', () => {
    const robots = robotsTxt('https://forum.example');
    expect(robots).toContain('Sitemap: https://forum.example/sitemap.xml');
    expect(robots).toContain('Disallow: /application/');
    expect(robots).toContain('Disallow: /delegation/');
  });
});
