// Search within a series: sessions, people, organizations and agreements whose name or title
// matches, in any of the scripts they are stored in (the api's PostgreSQL full-text search).
// Whatever is typed is made safe first (search-query.ts); an unknown kind answers the themed 404.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { Localized } from '../components/localized.js';
import { SeriesSections } from '../components/registry/series-sections.js';
import { registryMessages, registryTranslator } from '../i18n/registry/registry-i18n.js';
import { seriesSlugParam } from '../lib/address.js';
import { notFound } from '../lib/caravan.server.js';
import { resolveLocale } from '../lib/locale.server.js';
import { regionLocales, type PageTheme } from '../lib/page-theme.js';
import { enumParam } from '../lib/registry/agreement-filters.js';
import { pageTitle } from '../lib/registry/agreement-view.js';
import { registryPages } from '../lib/registry/registry.server.js';
import { readSearch, SEARCH_KINDS, MAX_SEARCH_LENGTH } from '../lib/registry/search-query.js';
import { searchHitPath } from '../lib/registry/search-targets.js';
import { useRegistryText } from '../lib/registry/use-registry-text.js';
import { usePortal } from '../lib/use-portal.js';
import registryStyles from '../styles/registry.css?url';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: registryStyles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { locale } = await resolveLocale(request);
  const slug = seriesSlugParam(params['series']);
  if (slug === null) notFound();
  const query = readSearch(new URL(request.url).searchParams);
  if (query === null) notFound();
  const [{ series }, hits] = await Promise.all([
    registryPages.searchSeries(slug, locale),
    query.text === '' ? Promise.resolve(null) : registryPages.search(slug, query.text, query.kind, locale).then((answer) => answer.search),
  ]);
  if (!series) notFound();
  const t = registryTranslator(locale);
  const pageTheme: PageTheme = { themeKey: series.themeKey, regionLocales: regionLocales(series.countries) };
  return {
    locale,
    pageTheme,
    ...registryMessages(locale),
    meta: [...pageTitle(t('search.title'), series.name.text, locale), { name: 'robots', content: 'noindex' }],
    series: { slug: series.slug, name: series.name },
    query: { text: query.text, shortened: query.shortened, kind: query.kind ? enumParam(query.kind) : '' },
    summary: hits === null ? null : t('search.results', { count: hits.length, text: query.text }),
    hits: (hits ?? []).map((hit) => ({
      id: `${hit.kind}-${hit.id}`,
      kind: hit.kind,
      path: searchHitPath(hit),
      title: hit.title,
      // The spelling that was found, when it is not the title shown.
      matched: hit.matched.text === hit.title.text ? null : hit.matched,
      edition: hit.editionNumber === null ? null : t('search.editionNumber', { number: hit.editionNumber }),
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => data?.meta ?? [];

export default function SearchPage() {
  const { series, query, summary, hits } = useLoaderData<typeof loader>();
  const { href, langParam, t: portalText } = usePortal();
  const t = useRegistryText();
  return (
    <div className="page search-page">
      <nav aria-label={portalText('nav.breadcrumb')} className="breadcrumb">
        <Link to={href(`/${series.slug}`)}>
          <Localized value={series.name} />
        </Link>
      </nav>
      <h1>{t('search.title')}</h1>
      <SeriesSections series={series.slug} current="search" />
      <Form method="get" role="search" className="search-form">
        {langParam && <input type="hidden" name="lang" value={langParam} />}
        <label>
          <span>{t('search.label')}</span>
          <input type="search" name="q" defaultValue={query.text} maxLength={MAX_SEARCH_LENGTH * 2} aria-describedby="search-hint" />
        </label>
        <label>
          <span>{t('search.kind')}</span>
          <select name="kind" defaultValue={query.kind}>
            <option value="">{t('search.kind.all')}</option>
            {SEARCH_KINDS.map((kind) => (
              <option key={kind} value={enumParam(kind)}>
                {t(`search.kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('search.submit')}</button>
        <p id="search-hint" className="muted">
          {t('search.hint')}
        </p>
      </Form>
      {query.shortened && (
        <p className="notice" role="note">
          {t('search.shortened')}
        </p>
      )}
      {summary !== null && (
        <section aria-labelledby="search-summary">
          <h2 id="search-summary" role="status">
            {summary}
          </h2>
          <ol className="card-list search-results">
            {hits.map((hit) => (
              <li key={hit.id} className="card search-hit">
                <p className="search-hit-kind muted">
                  {t(`search.kind.${hit.kind}`)}
                  {hit.edition && ` · ${hit.edition}`}
                </p>
                <h3>{hit.path ? <Link to={href(hit.path)}>{<Localized value={hit.title} />}</Link> : <Localized value={hit.title} />}</h3>
                {hit.matched && (
                  <p className="search-hit-matched">
                    {t('search.matched')}: <Localized value={hit.matched} />
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
