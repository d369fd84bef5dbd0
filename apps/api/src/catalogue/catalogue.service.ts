// Catalogue lookups for resolvers of every module, batched per request through DataLoader.
import { Injectable } from '@nestjs/common';
import type { RegionRow, SubnationalUnitRow } from '../common/db-rows.js';
import { byKey, groupByKey, type RequestContext } from '../common/graphql/request-context.js';
import { sortByText } from '../common/localized/sort-by-text.js';
import { toCountryModel, type CountryView } from './catalogue.mappers.js';
import { CatalogueRepository } from './catalogue.repository.js';

@Injectable()
export class CatalogueService {
  constructor(private readonly repo: CatalogueRepository) {}

  async regions(ctx: RequestContext): Promise<RegionRow[]> {
    return sortByText(await this.repo.allRegions(), (r) => r.name, ctx.lang);
  }

  async countries(ctx: RequestContext): Promise<CountryView[]> {
    return sortByText((await this.repo.allCountries()).map((c) => toCountryModel(c, ctx.lang)), (c) => c.name, ctx.lang);
  }

  region(ctx: RequestContext, code: string): Promise<RegionRow | null> {
    return ctx.loaders
      .get('catalogue.regionByCode', async (codes) => byKey(codes, await this.repo.regionsByCodes(codes), (r) => r.code))
      .load(code);
  }

  // Loaders map rows to read models inside the batch: it runs after every root field has set
  // the request's language, and each row is mapped once however many fields load it.

  country(ctx: RequestContext, code: string | null): Promise<CountryView | null> {
    if (code === null) return Promise.resolve(null);
    return ctx.loaders
      .get('catalogue.countryByCode', async (codes) =>
        byKey(codes, (await this.repo.countriesByCodes(codes)).map((c) => toCountryModel(c, ctx.lang)), (c) => c.code),
      )
      .load(code);
  }

  async countriesByCodes(ctx: RequestContext, codes: readonly string[]): Promise<CountryView[]> {
    const rows = await Promise.all(codes.map((code) => this.country(ctx, code)));
    return rows.filter((row): row is CountryView => row !== null);
  }

  async countriesOfRegion(ctx: RequestContext, regionCode: string): Promise<CountryView[]> {
    const rows = await ctx.loaders
      .get('catalogue.countriesByRegion', async (codes) =>
        groupByKey(codes, (await this.repo.countriesByRegionCodes(codes)).map((c) => toCountryModel(c, ctx.lang)), (c) => c.regionCode),
      )
      .load(regionCode);
    return sortByText(rows, (c) => c.name, ctx.lang);
  }

  subdivision(ctx: RequestContext, id: string | null): Promise<SubnationalUnitRow | null> {
    if (id === null) return Promise.resolve(null);
    return ctx.loaders
      .get('catalogue.subdivisionById', async (ids) => byKey(ids, await this.repo.subdivisionsByIds(ids), (s) => s.id))
      .load(id);
  }
}
