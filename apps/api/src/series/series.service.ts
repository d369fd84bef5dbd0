// Series for visitors: the published ones, by name in the visitor's language.
import { Injectable } from '@nestjs/common';
import { getTrack, isTrackSlug, type TrackDefinition } from '@caravan/tracks';
import type { SeriesRow } from '../common/db-rows.js';
import type { CountryView } from '../catalogue/catalogue.mappers.js';
import { byKey, groupByKey, type RequestContext } from '../common/graphql/request-context.js';
import { sortByText } from '../common/localized/sort-by-text.js';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { SeriesRepository } from './series.repository.js';

@Injectable()
export class SeriesService {
  constructor(
    private readonly repo: SeriesRepository,
    private readonly catalogue: CatalogueService,
  ) {}

  async list(ctx: RequestContext): Promise<SeriesRow[]> {
    return sortByText(await this.repo.allPublished(), (s) => s.name, ctx.lang);
  }

  bySlug(slug: string): Promise<SeriesRow | null> {
    return this.repo.publishedBySlug(slug.trim());
  }

  byId(ctx: RequestContext, id: string): Promise<SeriesRow | null> {
    return ctx.loaders
      .get('series.byId', async (ids) => byKey(ids, await this.repo.byIds(ids), (s) => s.id))
      .load(id);
  }

  async countries(ctx: RequestContext, seriesId: string): Promise<CountryView[]> {
    const links = await ctx.loaders
      .get('series.countryLinks', async (ids) => groupByKey(ids, await this.repo.countryLinks(ids), (l) => l.seriesId))
      .load(seriesId);
    const countries = await this.catalogue.countriesByCodes(ctx, links.map((l) => l.countryCode));
    return sortByText(countries, (c) => c.name, ctx.lang);
  }

  /** Focus tracks from the shared taxonomy; slugs the taxonomy no longer knows are skipped. */
  focusTracks(series: SeriesRow): TrackDefinition[] {
    return series.focusTrackSlugs.filter(isTrackSlug).map((slug) => getTrack(slug));
  }
}
