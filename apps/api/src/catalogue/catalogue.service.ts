// Catalogue lookups for resolvers of every module, batched per request through DataLoader.
import { Injectable } from '@nestjs/common';
import type { CountryRow, RegionRow, SubnationalUnitRow } from '../common/db-rows.js';
import { byKey, groupByKey, type RequestContext } from '../common/graphql/request-context.js';
import { sortByText } from '../common/localized/sort-by-text.js';
import { CatalogueRepository } from './catalogue.repository.js';

@Injectable()
export class CatalogueService {
  constructor(private readonly repo: CatalogueRepository) {}

  async regions(ctx: RequestContext): Promise<RegionRow[]> {
    return sortByText(await this.repo.allRegions(), (r) => r.name, ctx.lang);
  }

  async countries(ctx: RequestContext): Promise<CountryRow[]> {
    return sortByText(await this.repo.allCountries(), (c) => c.name, ctx.lang);
  }

  region(ctx: RequestContext, code: string): Promise<RegionRow | null> {
    return ctx.loaders
      .get('catalogue.regionByCode', async (codes) => byKey(codes, await this.repo.regionsByCodes(codes), (r) => r.code))
      .load(code);
  }

  country(ctx: RequestContext, code: string | null): Promise<CountryRow | null> {
    if (code === null) return Promise.resolve(null);
    return ctx.loaders
      .get('catalogue.countryByCode', async (codes) => byKey(codes, await this.repo.countriesByCodes(codes), (c) => c.code))
      .load(code);
  }

  async countriesByCodes(ctx: RequestContext, codes: readonly string[]): Promise<CountryRow[]> {
    const rows = await Promise.all(codes.map((code) => this.country(ctx, code)));
    return rows.filter((row): row is CountryRow => row !== null);
  }

  async countriesOfRegion(ctx: RequestContext, regionCode: string): Promise<CountryRow[]> {
    const rows = await ctx.loaders
      .get('catalogue.countriesByRegion', async (codes) =>
        groupByKey(codes, await this.repo.countriesByRegionCodes(codes), (c) => c.regionCode),
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
