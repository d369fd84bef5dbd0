// sitemap.xml and robots.txt bodies: every public page once, with its language versions as
// hreflang alternates (the portal chooses the language by ?lang=), and the addresses crawlers
// should leave alone (personal links, the registration forms' steps, search answers).
import { SUPPORTED_LOCALES } from '@caravan/i18n';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function sitemapXml(origin: string, paths: readonly string[]): string {
  const entries = paths.map((path) => {
    const url = new URL(path, origin);
    const alternates = SUPPORTED_LOCALES.map((locale) => {
      const localized = new URL(url);
      localized.searchParams.set('lang', locale);
      return `    <xhtml:link rel="alternate" hreflang="${locale}" href="${escapeXml(localized.href)}"/>`;
    });
    return [`  <url>`, `    <loc>${escapeXml(url.href)}</loc>`, ...alternates, `  </url>`].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

/** Personal links and form steps: never worth a crawler's visit. */
export const DISALLOWED_PATHS = ['/application/', '/delegation/', '/*/register', '/*/search'] as const;

export function robotsTxt(origin: string): string {
  return ['User-agent: *', 'Allow: /', ...DISALLOWED_PATHS.map((path) => `Disallow: ${path}`), `Sitemap: ${new URL('/sitemap.xml', origin).href}`, ''].join('\n');
}
