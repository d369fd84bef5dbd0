// Series for visitors: the published ones, by name in the visitor's language.
import { Injectable } from '@nestjs/common';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import type { CountryView } from '../catalogue/catalogue.views.js';
import { byKey, defineLoader, groupByKey, type RequestContext } from '../common/graphql/request-context.js';
import { sortByText } from '../common/localized/sort-by-text.js';
import { SeriesRepository, type SeriesCountryLink } from './series.repository.js';
import { toSeriesView, type SeriesView } from './series.views.js';

@Injectable()
export class SeriesService {
  private readonly seriesById = defineLoader<string, SeriesView | null>(async (ids, ctx) =>
    byKey(ids, (await this.repo.byIds(ids)).map((s) => toSeriesView(s, ctx.lang)), (s) => s.id),
  );

  private readonly countryLinksOf = defineLoader<string, SeriesCountryLink[]>(async (ids) => groupByKey(ids, await this.repo.countryLinks(ids), (l) => l.seriesId));

  constructor(
    private readonly repo: SeriesRepository,
    private readonly catalogue: CatalogueService,
  ) {}

  async list(ctx: RequestContext): Promise<SeriesView[]> {
    return sortByText((await this.repo.allPublished()).map((s) => toSeriesView(s, ctx.lang)), (s) => s.name, ctx.lang);
  }

  async bySlug(ctx: RequestContext, slug: string): Promise<SeriesView | null> {
    const row = await this.repo.publishedBySlug(slug.trim());
    return row ? toSeriesView(row, ctx.lang) : null;
  }

  byId(ctx: RequestContext, id: string): Promise<SeriesView | null> {
    return this.seriesById.load(ctx, id);
  }

  async countries(ctx: RequestContext, seriesId: string): Promise<CountryView[]> {
    const links = await this.countryLinksOf.load(ctx, seriesId);
    const countries = await this.catalogue.countriesByCodes(ctx, links.map((l) => l.countryCode));
    return sortByText(countries, (c) => c.name, ctx.lang);
  }
}
