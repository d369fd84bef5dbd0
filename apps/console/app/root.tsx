// The document shell: <html lang>, the skip link, the CSRF token every form carries, and the
// error pages (403 for a page the organizer's roles do not open, 404, api unavailable, refused form).
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { isRouteErrorResponse, Link, Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError, useRouteLoaderData } from '@remix-run/react';
import type { ReactNode } from 'react';
import { consoleTranslator, DEFAULT_CONSOLE_LOCALE, type ConsoleMessageKey } from './i18n/console-i18n.js';
import { commitCsrfToken } from './lib/csrf.server.js';
import { resolveLocale } from './lib/locale.server.js';
import { useNonce } from './lib/nonce.js';
import { isPageError } from './lib/page-error.js';
import { useConsole, type RootData } from './lib/use-console.js';
import stylesheet from './styles/console.css?url';

export const links = () => [
  { rel: 'stylesheet', href: stylesheet },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const { locale, setCookie } = await resolveLocale(request);
  const [csrf, csrfCookie] = await commitCsrfToken(request);
  const headers = new Headers();
  if (setCookie) headers.append('Set-Cookie', setCookie);
  if (csrfCookie) headers.append('Set-Cookie', csrfCookie);
  return data<RootData>({ locale, csrf }, { headers });
}

export const meta: MetaFunction<typeof loader> = ({ data: root }) => {
  const t = consoleTranslator(root?.locale ?? DEFAULT_CONSOLE_LOCALE);
  return [{ title: t('app.name') }];
};

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const root = useRouteLoaderData('root') as RootData | undefined;
  const locale = root?.locale ?? DEFAULT_CONSOLE_LOCALE;
  const t = consoleTranslator(locale);
  return (
    <html lang={locale} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t('nav.skipToContent')}
        </a>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

interface ErrorText {
  title: ConsoleMessageKey;
  body: ConsoleMessageKey;
}

function errorText(status: number, code: string | null): ErrorText {
  if (code === 'CSRF_REFUSED') return { title: 'error.csrf.title', body: 'error.csrf.body' };
  if (status === 403) return { title: 'error.forbidden.title', body: 'error.forbidden.body' };
  if (status === 404) return { title: 'error.notFound.title', body: 'error.notFound.body' };
  if (status === 503 || code === 'API_UNAVAILABLE') return { title: 'error.unavailable.title', body: 'error.unavailable.body' };
  return { title: 'error.generic.title', body: 'error.generic.body' };
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useConsole();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const pageError = isRouteErrorResponse(error) && isPageError(error.data) ? error.data : null;
  if (!isRouteErrorResponse(error)) console.error('[console] unexpected render error', error);
  const text = errorText(status, pageError?.code ?? null);
  return (
    <main id="main" tabIndex={-1} className="page error-page" data-status={status}>
      <h1>{t(text.title)}</h1>
      <p>{t(text.body, { reference: `${status}${pageError?.detail && status >= 500 ? `-${pageError.detail}` : ''}` })}</p>
      {pageError?.detail && status < 500 ? <p className="muted">{pageError.detail}</p> : null}
      <p>
        <Link to="/">{t('error.backHome')}</Link>
      </p>
    </main>
  );
}
