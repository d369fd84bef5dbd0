// Home page: every published forum series with its region, status and latest edition.
import { createTranslator } from '@caravan/i18n';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { IntlText } from '../components/intl-text.js';
import { Localized } from '../components/localized.js';
import { StatusBadge } from '../components/status-badge.js';
import { fromApi, pages } from '../lib/caravan.server.js';
import { resolveLocale } from '../lib/locale.server.js';
import { pageMeta, rootAddress } from '../lib/page-meta.js';
import { editionDates } from '../lib/server-text.server.js';
import { usePortal } from '../lib/use-portal.js';

export async function loader({ request }: LoaderFunctionArgs) {
  const { locale } = await resolveLocale(request);
  const seriesList = await fromApi(() => pages.seriesList(locale));
  // Written on the server: the browser may lack the page language's date data.
  const dates: Record<string, string | null> = Object.fromEntries(seriesList.map((series) => [series.id, series.latestEdition ? editionDates(series.latestEdition, locale) : null]));
  return { locale, seriesList, dates };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = createTranslator(data?.locale ?? 'en');
  return pageMeta({ title: t('home.title'), description: t('home.intro'), siteName: t('site.name'), locale: data?.locale ?? 'en', address: rootAddress(matches) });
};

export default function Home() {
  const { seriesList, dates: datesOf } = useLoaderData<typeof loader>();
  const { t, href } = usePortal();
  return (
    <div className="page">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <ul className="card-list" aria-label={t('home.title')}>
        {seriesList.map((series) => {
          const latest = series.latestEdition;
          const dates = datesOf[series.id] ?? null;
          return (
            <li key={series.id} className="card series-card" data-theme-key={series.themeKey}>
              <h2>
                <Link to={href(`/${series.slug}`)}>
                  <Localized value={series.name} />
                </Link>
              </h2>
              <p className="meta-line">
                <span>
                  {t('series.region')}: <Localized value={series.region.name} />
                </span>
                <StatusBadge status={series.status} />
              </p>
              {latest ? (
                <div className="latest-edition">
                  <h3>{t('home.latestEdition')}</h3>
                  <p>
                    <Link to={href(`/${series.slug}/${latest.number}`)}>
                      {t('series.editionLabel', { number: latest.number })}: <Localized value={latest.theme} />
                    </Link>
                  </p>
                  <p className="muted">
                    {dates && <IntlText>{dates}</IntlText>}
                    {dates && latest.hostCity.text && ' · '}
                    <Localized value={latest.hostCity} />
                  </p>
                </div>
              ) : (
                <p className="muted">{t('home.noEdition')}</p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
