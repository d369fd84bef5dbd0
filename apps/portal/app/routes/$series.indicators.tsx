// The indicators dashboard of a series: each reported trade or investment figure as a bar chart
// drawn on the server (accessible SVG with a title and a description), the same figures in a
// table, and the source and year of each. Numbers and periods are formatted by the loader.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { Localized } from '../components/localized.js';
import { BarChart } from '../components/registry/bar-chart.js';
import { SeriesSections } from '../components/registry/series-sections.js';
import { registryMessages, registryTranslator } from '../i18n/registry/registry-i18n.js';
import { seriesSlugParam } from '../lib/address.js';
import { notFound } from '../lib/caravan.server.js';
import { resolveLocale } from '../lib/locale.server.js';
import { regionLocales, type PageTheme } from '../lib/page-theme.js';
import { pageTitle } from '../lib/registry/agreement-view.js';
import { indicatorFigures } from '../lib/registry/indicator-view.js';
import { registryPages } from '../lib/registry/registry.server.js';
import { useRegistryText } from '../lib/registry/use-registry-text.js';
import { usePortal } from '../lib/use-portal.js';
import registryStyles from '../styles/registry.css?url';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: registryStyles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { locale } = await resolveLocale(request);
  const slug = seriesSlugParam(params['series']);
  if (slug === null) notFound();
  const { series, indicators } = await registryPages.indicators(slug, locale);
  if (!series) notFound();
  const pageTheme: PageTheme = { themeKey: series.themeKey, regionLocales: regionLocales(series.countries) };
  const t = registryTranslator(locale);
  return {
    locale,
    pageTheme,
    ...registryMessages(locale),
    meta: pageTitle(t('indicators.title'), series.name.text, locale, t('indicators.intro')),
    series: { slug: series.slug, name: series.name },
    indicators: indicators.map((indicator) => indicatorFigures(indicator, locale, t)),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => data?.meta ?? [];

export default function IndicatorsDashboard() {
  const { series, indicators } = useLoaderData<typeof loader>();
  const { href, t: portalText } = usePortal();
  const t = useRegistryText();
  return (
    <div className="page indicators-page">
      <nav aria-label={portalText('nav.breadcrumb')} className="breadcrumb">
        <Link to={href(`/${series.slug}`)}>
          <Localized value={series.name} />
        </Link>
      </nav>
      <h1>{t('indicators.title')}</h1>
      <SeriesSections series={series.slug} current="indicators" />
      <p className="lead">{t('indicators.intro')}</p>
      {indicators.length === 0 && <p className="muted">{t('indicators.none')}</p>}
      <div className="indicator-grid">
        {indicators.map((indicator) => (
          <figure key={indicator.slug} className="card indicator" aria-labelledby={`${indicator.slug}-name`}>
            <h2 id={`${indicator.slug}-name`}>
              <Localized value={indicator.name} />
            </h2>
            {indicator.description && (
              <p>
                <Localized value={indicator.description} />
              </p>
            )}
            <BarChart id={`${indicator.slug}-chart`} title={indicator.name} description={indicator.chartDescription} bars={indicator.bars} />
            <table className="registry-table indicator-table">
              <caption>
                {indicator.tableCaption.before}
                <Localized value={indicator.name} />
                {indicator.tableCaption.after}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('indicators.column.period')}</th>
                  <th scope="col">{t('indicators.column.value')}</th>
                  <th scope="col">{t('indicators.column.note')}</th>
                </tr>
              </thead>
              <tbody>
                {indicator.rows.map((row) => (
                  <tr key={row.period}>
                    <th scope="row">{row.period}</th>
                    <td>{row.value}</td>
                    <td>{row.note ? <Localized value={row.note} /> : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <figcaption className="indicator-source">
              {indicator.countries.length > 0 && (
                <p>
                  {t('indicators.countries')}:{' '}
                  {indicator.countries.map((country, index) => (
                    <span key={country.code}>
                      {index > 0 && ', '}
                      <Localized value={country.name} />
                    </span>
                  ))}
                </p>
              )}
              <p>
                {t('indicators.source')}: {indicator.source ? <Localized value={indicator.source} /> : '—'} ({indicator.years})
              </p>
              <p className="muted">{indicator.unitLabel}</p>
            </figcaption>
          </figure>
        ))}
      </div>
    </div>
  );
}
