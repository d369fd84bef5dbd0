// The agreements registry of a series: filters in the address (type, status, country, track,
// edition), the matching agreements with their disclosed value only, and the series' totals by
// type and by country. A filter value the series does not have answers the themed 404.
import type { Locale } from '@caravan/i18n';
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { Localized } from '../components/localized.js';
import { SeriesSections } from '../components/registry/series-sections.js';
import { registryMessages, registryTranslator } from '../i18n/registry/registry-i18n.js';
import { seriesSlugParam } from '../lib/address.js';
import { notFound } from '../lib/caravan.server.js';
import { localizedHref } from '../lib/href.js';
import { resolveLocale } from '../lib/locale.server.js';
import { regionLocales, type PageTheme } from '../lib/page-theme.js';
import { foreignTextAttributes } from '../lib/text-language.js';
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  enumParam,
  filtersQuery,
  readFilters,
  toAgreementFilter,
  withinChoices,
  type FilterParam,
} from '../lib/registry/agreement-filters.js';
import { agreementValue, pageTitle } from '../lib/registry/agreement-view.js';
import { formatMoneyList } from '../lib/registry/figures.js';
import { registryPages } from '../lib/registry/registry.server.js';
import { useRegistryText } from '../lib/registry/use-registry-text.js';
import { usePortal } from '../lib/use-portal.js';
import registryStyles from '../styles/registry.css?url';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: registryStyles }];

type Text = { text: string; language: string };

function disclosed(values: readonly { amount: string; currency: string }[], locale: Locale): string {
  return values.length === 0 ? '—' : formatMoneyList(values, locale);
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { locale, langParam } = await resolveLocale(request);
  const slug = seriesSlugParam(params['series']);
  if (slug === null) notFound();
  const url = new URL(request.url);
  const selected = readFilters(url.searchParams);
  if (selected === null) notFound();
  const after = url.searchParams.get('after');
  const data = await registryPages.agreements(slug, locale, toAgreementFilter(selected), after);
  const series = data.series;
  if (!series) notFound();

  const tracks = new Map<string, Text>();
  for (const edition of series.editions) for (const track of edition.tracks) if (!tracks.has(track.slug)) tracks.set(track.slug, track.name);
  const editions = series.editions.map((edition) => edition.number);
  if (!withinChoices(selected, { countries: series.countries.map((country) => country.code), tracks: [...tracks.keys()], editions })) notFound();

  const t = registryTranslator(locale);
  const editionLabel = (number: number) => t('agreements.editionNumber', { number });
  const own = (text: string): Text => ({ text, language: locale });
  const { agreements, agreementStats: stats } = data;
  const nextHref =
    agreements.pageInfo.hasNextPage && agreements.pageInfo.endCursor ? localizedHref(`/${slug}/agreements${filtersQuery(selected, { after: agreements.pageInfo.endCursor })}`, langParam) : null;
  const pageTheme: PageTheme = { themeKey: series.themeKey, regionLocales: regionLocales(series.countries) };
  return {
    locale,
    pageTheme,
    ...registryMessages(locale),
    meta: pageTitle(t('agreements.title'), series.name.text, locale),
    series: { slug: series.slug, name: series.name },
    selected,
    choices: {
      type: AGREEMENT_TYPES.map((type) => ({ value: enumParam(type), label: own(t(`type.${type}`)) })),
      status: AGREEMENT_STATUSES.map((status) => ({ value: enumParam(status), label: own(t(`status.${status}`)) })),
      country: series.countries.map((country) => ({ value: country.code.toLowerCase(), label: country.name })),
      track: [...tracks].map(([value, name]) => ({ value, label: name })),
      edition: editions.map((number) => ({ value: String(number), label: own(editionLabel(number)) })),
    } satisfies Record<FilterParam, { value: string; label: Text }[]>,
    countLabel: t('agreements.count', { count: agreements.totalCount }),
    agreements: agreements.edges.map(({ node }) => ({
      href: node.edition ? `/${slug}/agreements/${node.edition.number}/${node.slug}` : null,
      slug: node.slug,
      title: node.title,
      type: node.type,
      status: node.status,
      edition: node.edition ? editionLabel(node.edition.number) : null,
      parties: node.parties.map((party) => ({ id: party.id, name: party.name })),
      value: agreementValue(node, locale, t),
    })),
    nextHref,
    totals: {
      count: t('agreements.count', { count: stats.total.count }),
      disclosed: disclosed(stats.total.disclosedValues, locale),
      confidential: stats.total.confidentialCount,
      byType: stats.byType.map((row) => ({ key: row.type, label: t(`type.${row.type}`), count: row.count, disclosed: disclosed(row.disclosedValues, locale), confidential: row.confidentialCount })),
      byCountry: stats.byCountry.map((row) => ({ key: row.countryCode, name: row.country?.name ?? null, code: row.countryCode, count: row.count, disclosed: disclosed(row.disclosedValues, locale), confidential: row.confidentialCount })),
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => data?.meta ?? [];

const FILTER_LABELS = {
  type: 'agreements.filter.type',
  status: 'agreements.filter.status',
  country: 'agreements.filter.country',
  track: 'agreements.filter.track',
  edition: 'agreements.filter.edition',
} as const satisfies Record<FilterParam, string>;

export default function AgreementsRegistry() {
  const { series, selected, choices, countLabel, agreements, nextHref, totals } = useLoaderData<typeof loader>();
  const { href, langParam, locale, t: portalText } = usePortal();
  const t = useRegistryText();
  return (
    <div className="page registry-page">
      <nav aria-label={portalText('nav.breadcrumb')} className="breadcrumb">
        <Link to={href(`/${series.slug}`)}>
          <Localized value={series.name} />
        </Link>
      </nav>
      <h1>{t('agreements.title')}</h1>
      <SeriesSections series={series.slug} current="agreements" />
      <p className="lead">{t('agreements.intro')}</p>

      <Form method="get" className="registry-filters" aria-label={t('agreements.filters')}>
        {langParam && <input type="hidden" name="lang" value={langParam} />}
        {(Object.keys(FILTER_LABELS) as FilterParam[]).map((name) => (
          <label key={name}>
            <span>{t(FILTER_LABELS[name])}</span>
            <select name={name} defaultValue={selected[name] ?? ''}>
              <option value="">{t('agreements.filter.any')}</option>
              {choices[name].map((choice) => (
                <option key={choice.value} value={choice.value} {...foreignTextAttributes(choice.label.language, locale)}>
                  {choice.label.text}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="submit">{t('agreements.filter.apply')}</button>
        <Link to={href(`/${series.slug}/agreements`)}>{t('agreements.filter.clear')}</Link>
      </Form>

      <section aria-labelledby="agreement-list">
        <h2 id="agreement-list">{t('agreements.list')}</h2>
        <p className="registry-count" role="status">
          {countLabel}
        </p>
        {agreements.length === 0 ? (
          <p className="muted">{t('agreements.none')}</p>
        ) : (
          <ul className="card-list agreement-list">
            {agreements.map((agreement) => (
              <li key={agreement.slug + (agreement.edition ?? '')} className="card agreement-card">
                <h3>{agreement.href ? <Link to={href(agreement.href)}>{<Localized value={agreement.title} />}</Link> : <Localized value={agreement.title} />}</h3>
                <p className="meta-line">
                  <span className="agreement-type">{t(`type.${agreement.type}`)}</span>
                  <span className={`agreement-status status-${enumParam(agreement.status)}`}>{t(`status.${agreement.status}`)}</span>
                  {agreement.edition && <span className="muted">{agreement.edition}</span>}
                </p>
                <p className="agreement-parties">
                  {agreement.parties.map((party, index) => (
                    <span key={party.id}>
                      {index > 0 && ' · '}
                      <Localized value={party.name} />
                    </span>
                  ))}
                </p>
                <p className={`agreement-value${agreement.value.disclosed ? '' : ' muted'}`}>{agreement.value.text}</p>
              </li>
            ))}
          </ul>
        )}
        {nextHref && (
          <p>
            <Link to={nextHref} rel="next">
              {t('agreements.next')}
            </Link>
          </p>
        )}
      </section>

      <section aria-labelledby="agreement-totals">
        <h2 id="agreement-totals">{t('agreements.totals')}</h2>
        <p className="muted">{t('agreements.totals.scope')}</p>
        <p>
          <strong>{totals.count}</strong> · {t('agreements.column.disclosed')}: {totals.disclosed} · {t('agreements.column.confidential')}: {totals.confidential}
        </p>
        <div className="registry-tables">
          <table className="registry-table" id="totals-by-type">
            <caption>{t('agreements.byType')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('agreements.column.type')}</th>
                <th scope="col">{t('agreements.column.count')}</th>
                <th scope="col">{t('agreements.column.disclosed')}</th>
                <th scope="col">{t('agreements.column.confidential')}</th>
              </tr>
            </thead>
            <tbody>
              {totals.byType.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td>{row.count}</td>
                  <td>{row.disclosed}</td>
                  <td>{row.confidential}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="registry-table" id="totals-by-country">
            <caption>{t('agreements.byCountry')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('agreements.column.country')}</th>
                <th scope="col">{t('agreements.column.count')}</th>
                <th scope="col">{t('agreements.column.disclosed')}</th>
                <th scope="col">{t('agreements.column.confidential')}</th>
              </tr>
            </thead>
            <tbody>
              {totals.byCountry.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.name ? <Localized value={row.name} /> : row.code}</th>
                  <td>{row.count}</td>
                  <td>{row.disclosed}</td>
                  <td>{row.confidential}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
