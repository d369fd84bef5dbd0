// /:series/:edition/og.png: the edition's Open Graph image, themed like its pages and written in the
// language of ?lang= (the edition page's og:image names it with the page's language).
import { createTranslator } from '@caravan/i18n';
import { getTheme } from '@caravan/themes';
import type { LoaderFunctionArgs } from '@remix-run/node';
import { pages } from '../lib/caravan.server.js';
import { publicCacheControl } from '../lib/http-cache.server.js';
import { loadEditionPage } from '../lib/edition-loader.server.js';
import { editionOgPng } from '../lib/og/edition-og-image.server.js';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { locale, page: edition, frameText } = await loadEditionPage(request, params, ({ slug, number, locale }) => pages.edition(slug, number, locale), (page) => page);
  const t = createTranslator(locale);
  const png = await editionOgPng(
    {
      siteName: t('site.name'),
      title: t('edition.title', { series: edition.series.name.text, number: edition.number }),
      theme: edition.theme.text,
      facts: [frameText.dates, edition.hostCity.text].filter(Boolean).join(' · '),
    },
    getTheme(edition.series.themeKey),
  );
  return new Response(new Uint8Array(png), {
    headers: { 'Content-Type': 'image/png', 'Content-Length': String(png.length), 'Cache-Control': publicCacheControl() },
  });
}
