// The signed-in frame of every console page: header (who is signed in, language, sign-out), the
// navigation the organizer's roles allow for the series and edition in view, and any notice.
import { data, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, NavLink, Outlet, useLoaderData, useLocation } from '@remix-run/react';
import { ActionButton } from '../components/form.js';
import { NoticeBanner } from '../components/notice-banner.js';
import { CONSOLE_LOCALES, LOCALE_NAMES } from '../i18n/console-i18n.js';
import { SeriesContextDocument } from '../generated/graphql.js';
import { fromApi } from '../lib/api.server.js';
import { requireOrganizer } from '../lib/auth.server.js';
import { organizes } from '../lib/access.js';
import { navigation } from '../lib/console-nav.js';
import { resolveLocale } from '../lib/locale.server.js';
import { editionParam } from '../lib/page.server.js';
import { sessionStorage } from '../lib/session.server.js';
import { useConsole } from '../lib/use-console.js';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request);
  const { locale } = await resolveLocale(request);
  const notice = organizer.session.get('notice') ?? null;
  const headers = new Headers(organizer.headers);
  // Reading a flash removes it; the cookie must say so.
  if (notice) headers.set('Set-Cookie', await sessionStorage.commitSession(organizer.session));
  const slug = params['series'] ?? null;
  const context = slug && organizes(organizer.viewer, slug) ? await fromApi(() => organizer.client.request(SeriesContextDocument, { series: slug, lang: locale })) : null;
  const series = context?.series ?? null;
  const viewer = organizer.viewer;
  const editionInView = editionParam(params);
  // Edition pages of the edition in view, else of the newest edition the organizer works on.
  const editions = (series?.editions ?? []).map((entry) => entry.number);
  const edition = editionInView ?? editions.find((number) => navigation(viewer, slug, number).edition.length > 0) ?? editions[0] ?? null;
  return data(
    {
      viewer: { displayName: viewer.displayName, email: viewer.email },
      notice,
      series: series ? { slug: series.slug, name: series.shortName.text, editions: series.editions.map((e) => e.number) } : null,
      edition,
      nav: navigation(viewer, slug, edition),
    },
    { headers },
  );
}

export default function ConsoleFrame() {
  const { viewer, notice, series, edition, nav } = useLoaderData<typeof loader>();
  const { t, locale } = useConsole();
  const location = useLocation();
  const langHref = (code: string) => {
    const params = new URLSearchParams(location.search);
    params.set('lang', code);
    return `${location.pathname}?${params.toString()}`;
  };
  return (
    <div className="console">
      <header className="console-header">
        <Link to="/" className="console-header__brand">
          {t('app.name')}
        </Link>
        {series ? <span className="console-header__series">{series.name}</span> : null}
        <nav aria-label={t('nav.language')} className="console-header__languages">
          <ul>
            {CONSOLE_LOCALES.map((code) => (
              <li key={code}>
                <a href={langHref(code)} hrefLang={code} lang={code} aria-current={code === locale ? 'true' : undefined}>
                  {LOCALE_NAMES[code]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="console-header__user">
          <span>{t('header.signedInAs', { name: viewer.displayName })}</span>
          <ActionButton id="sign-out" intent="sign-out" label={t('header.signOut')} action="/sign-out" />
        </div>
      </header>
      <div className="console-body">
        <nav aria-label={t('nav.console')} className="console-nav">
          <ul>
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            {nav.platform.map((link) => (
              <li key={link.id}>
                <NavLink to={link.href}>{t(link.label)}</NavLink>
              </li>
            ))}
          </ul>
          {series ? (
            <>
              <h2 className="console-nav__heading">{series.name}</h2>
              <ul>
                {nav.series.map((link) => (
                  <li key={link.id}>
                    <NavLink to={link.href} end={link.id === 'dashboard'}>
                      {t(link.label)}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {series && edition !== null && nav.edition.length > 0 ? (
            <>
              <h2 className="console-nav__heading">{t('nav.edition', { number: edition })}</h2>
              <ul>
                {nav.edition.map((link) => (
                  <li key={link.id}>
                    <NavLink to={link.href}>{t(link.label)}</NavLink>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </nav>
        <main id="main" tabIndex={-1} className="console-main">
          {notice ? <NoticeBanner notice={notice} series={series?.slug ?? null} /> : null}
          <Outlet />
        </main>
      </div>
    </div>
  );
}
