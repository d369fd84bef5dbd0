// Catalogue lookups for resolvers of every module, batched per request through typed loaders that
// map rows to views in the request's language.
import { Injectable } from '@nestjs/common';
import { byKey, defineLoader, groupByKey, type RequestContext } from '../common/graphql/request-context.js';
import { sortByText } from '../common/localized/sort-by-text.js';
import { toCountryView, toRegionView, toSubnationalUnitView, type CountryView, type RegionView, type SubnationalUnitView } from './catalogue.views.js';
import { CatalogueRepository } from './catalogue.repository.js';

@Injectable()
export class CatalogueService {
  private readonly regionByCode = defineLoader<string, RegionView | null>(async (codes, ctx) =>
    byKey(codes, (await this.repo.regionsByCodes(codes)).map((r) => toRegionView(r, ctx.lang)), (r) => r.code),
  );

  private readonly countryByCode = defineLoader<string, CountryView | null>(async (codes, ctx) =>
    byKey(codes, (await this.repo.countriesByCodes(codes)).map((c) => toCountryView(c, ctx.lang)), (c) => c.code),
  );

  private readonly countriesByRegion = defineLoader<string, CountryView[]>(async (codes, ctx) =>
    groupByKey(codes, (await this.repo.countriesByRegionCodes(codes)).map((c) => toCountryView(c, ctx.lang)), (c) => c.regionCode),
  );

  private readonly unitById = defineLoader<string, SubnationalUnitView | null>(async (ids, ctx) =>
    byKey(ids, (await this.repo.subdivisionsByIds(ids)).map((u) => toSubnationalUnitView(u, ctx.lang)), (u) => u.id),
  );

  constructor(private readonly repo: CatalogueRepository) {}

  async regions(ctx: RequestContext): Promise<RegionView[]> {
    return sortByText((await this.repo.allRegions()).map((r) => toRegionView(r, ctx.lang)), (r) => r.name, ctx.lang);
  }

  async countries(ctx: RequestContext): Promise<CountryView[]> {
    return sortByText((await this.repo.allCountries()).map((c) => toCountryView(c, ctx.lang)), (c) => c.name, ctx.lang);
  }

  region(ctx: RequestContext, code: string): Promise<RegionView | null> {
    return this.regionByCode.load(ctx, code);
  }

  country(ctx: RequestContext, code: string | null): Promise<CountryView | null> {
    return code === null ? Promise.resolve(null) : this.countryByCode.load(ctx, code);
  }

  async countriesByCodes(ctx: RequestContext, codes: readonly string[]): Promise<CountryView[]> {
    return (await this.countryByCode.loadMany(ctx, codes)).filter((row): row is CountryView => row !== null);
  }

  async countriesOfRegion(ctx: RequestContext, regionCode: string): Promise<CountryView[]> {
    return sortByText(await this.countriesByRegion.load(ctx, regionCode), (c) => c.name, ctx.lang);
  }

  subdivision(ctx: RequestContext, id: string | null): Promise<SubnationalUnitView | null> {
    return id === null ? Promise.resolve(null) : this.unitById.load(ctx, id);
  }
}
