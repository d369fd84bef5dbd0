// The document shell: <html lang dir>, the theme of the page being shown (as CSS variables), the
// header, footer and the error pages (404, api unavailable, unexpected).
import { createTranslator, DEFAULT_LOCALE } from '@caravan/i18n';
import { createCaravanClient } from '@caravan/sdk';
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react';
import type { ReactNode } from 'react';
import { SiteFooter } from './components/site-footer.js';
import { SiteHeader } from './components/site-header.js';
import { resolveLocale } from './lib/locale.server.js';
import { useNonce } from './lib/nonce.js';
import { isPageError } from './lib/page-error.js';
import { seriesSlugParam } from './lib/address.js';
import { config } from './lib/config.server.js';
import { isPageTheme, wornTheme, type SeriesPageTheme } from './lib/page-theme.js';
import { pageAddress, type PageAddress } from './lib/page-meta.js';
import type { RootData } from './lib/root-data.js';
import { languageAttributes } from './lib/text-language.js';
import { usePortal } from './lib/use-portal.js';
import stylesheet from './styles/portal.css?url';

export const links = () => [
  { rel: 'stylesheet', href: stylesheet },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

// The sdk's own series query: it carries the theme, and public answers are cached by the api.
const caravan = createCaravanClient({ url: config.apiUrl, timeoutMs: 8_000 });

/**
 * The stored theme of the series in the address, or null (no series there, not published, or the
 * api away: the page then wears its preset, and its own loader reports the failure).
 */
async function seriesTheme(slug: string | null, lang: string): Promise<SeriesPageTheme | null> {
  if (slug === null) return null;
  try {
    const theme = (await caravan.query.series({ slug, lang }))?.theme;
    if (!theme) return null;
    // The band's text from the stored theme, in English like the presets' (the schema requires it).
    const alt = (theme.stored as { ornament?: { alt?: Record<string, string> } }).ornament?.alt;
    return { key: theme.key, cssVariables: theme.cssVariables, ornamentAlt: alt?.['en'] ?? '' };
  } catch {
    return null;
  }
}

type RootLoaderData = RootData & { seriesTheme: SeriesPageTheme | null; address: PageAddress };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { locale, langParam, setCookie } = await resolveLocale(request);
  const body: RootLoaderData = { locale, langParam, seriesTheme: await seriesTheme(seriesSlugParam(params['series']), locale), address: pageAddress(request) };
  return data(body, setCookie ? { headers: { 'Set-Cookie': setCookie } } : undefined);
}

export const meta: MetaFunction<typeof loader> = ({ data: root, error }) => {
  const t = createTranslator(root?.locale ?? DEFAULT_LOCALE);
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const title = !error ? t('home.title') : status === 404 ? t('error.notFound.title') : status >= 502 && status <= 504 ? t('error.unavailable.title') : t('error.generic.title');
  return [{ title: `${title} · ${t('site.name')}` }];
};

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const root = useRouteLoaderData('root') as RootLoaderData | undefined;
  const matches = useMatches();
  const pageTheme = [...matches].reverse().map((match) => match.data).find(isPageTheme)?.pageTheme;
  // The stored theme only where the page is the series' own (a 404 under its slug wears the default).
  const { css, theme } = wornTheme(pageTheme ? root?.seriesTheme : null, pageTheme?.themeKey);
  return (
    <html {...languageAttributes(root?.locale ?? DEFAULT_LOCALE)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        {/* Theme declarations are checked line by line (isSafeCssVariables); the ornament is percent-encoded. */}
        <style dangerouslySetInnerHTML={{ __html: `:root {\n${css}\n}` }} />
      </head>
      <body data-theme={theme.key}>
        <SiteHeader theme={theme} regionLocales={pageTheme?.regionLocales ?? []} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t, href } = usePortal();
  let title = t('error.generic.title');
  let body = t('error.generic.body', { reference: 'PORTAL-500' });
  if (isRouteErrorResponse(error)) {
    const pageError = isPageError(error.data) ? error.data : null;
    if (error.status === 404) {
      title = t('error.notFound.title');
      body = t('error.notFound.body');
    } else if (pageError?.code === 'API_UNAVAILABLE' || error.status === 503) {
      title = t('error.unavailable.title');
      body = t('error.unavailable.body');
    } else {
      body = t('error.generic.body', { reference: `${error.status}${pageError?.detail ? `-${pageError.detail}` : ''}` });
    }
  } else if (error instanceof Error) {
    console.error('[portal] unexpected render error', error);
  }
  return (
    <div className="page error-page">
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <Link to={href('/')}>{t('error.backHome')}</Link>
      </p>
    </div>
  );
}
