// The api calls of the agreements registry, indicators, search and sitemap pages, through the
// sdk client like every page of the portal. Every argument comes from the address, so an
// argument the api refuses (a stale page cursor, say) is an address that does not exist: 404.
import { CaravanApiError, createCaravanClient } from '@caravan/sdk';
import {
  AgreementPageDocument,
  AgreementsRegistryDocument,
  IndicatorsPageDocument,
  SearchPageDocument,
  SearchSeriesDocument,
  SitemapAgreementsDocument,
  SitemapPagesDocument,
  type AgreementFilter,
  type SearchKind,
} from '../../generated/graphql.js';
import { fromApi, notFound } from '../caravan.server.js';
import { config } from '../config.server.js';

const caravan = createCaravanClient({ url: config.apiUrl, timeoutMs: 8_000 });

/** Agreements shown on one page of the registry. */
export const REGISTRY_PAGE_SIZE = 50;

async function fromAddress<T>(call: () => Promise<T>): Promise<T> {
  return fromApi(async () => {
    try {
      return await call();
    } catch (error) {
      if (error instanceof CaravanApiError && error.code === 'BAD_USER_INPUT') notFound();
      throw error;
    }
  });
}

export const registryPages = {
  agreements: (series: string, lang: string, filter: AgreementFilter, after: string | null) =>
    fromAddress(() => caravan.request(AgreementsRegistryDocument, { series, lang, filter, first: REGISTRY_PAGE_SIZE, after })),
  agreement: (series: string, edition: number, slug: string, lang: string) => fromAddress(() => caravan.request(AgreementPageDocument, { series, edition, slug, lang })),
  indicators: (series: string, lang: string) => fromAddress(() => caravan.request(IndicatorsPageDocument, { series, lang })),
  searchSeries: (series: string, lang: string) => fromAddress(() => caravan.request(SearchSeriesDocument, { series, lang })),
  search: (series: string, text: string, kind: SearchKind | null, lang: string) =>
    fromAddress(() => caravan.request(SearchPageDocument, { series, text, lang, kinds: kind ? [kind] : null })),
};

/** Every public page address the portal has, for sitemap.xml: series, editions, registries, agreements. */
export async function sitemapPaths(): Promise<string[]> {
  const { seriesList } = await fromApi(() => caravan.request(SitemapPagesDocument, {}));
  const paths = ['/'];
  for (const series of seriesList) {
    paths.push(`/${series.slug}`, ...series.editions.map((edition) => `/${series.slug}/${edition.number}`));
    paths.push(`/${series.slug}/agreements`, `/${series.slug}/indicators`);
    let after: string | null = null;
    do {
      const { agreements }: { agreements: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { slug: string; edition: { number: number } | null } }[] } } =
        await fromApi(() => caravan.request(SitemapAgreementsDocument, { series: series.slug, after }));
      for (const { node } of agreements.edges) if (node.edition) paths.push(`/${series.slug}/agreements/${node.edition.number}/${node.slug}`);
      after = agreements.pageInfo.hasNextPage ? agreements.pageInfo.endCursor : null;
    } while (after !== null);
  }
  return paths;
}
