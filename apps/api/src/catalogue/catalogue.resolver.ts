// Root catalogue queries and the fields of Region, Country and SubnationalUnit.
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { CountryRow, RegionRow, SubnationalUnitRow } from '../common/db-rows.js';
import { useLanguage } from '../common/graphql/lang.js';
import { LANG_ARG, required } from '../common/graphql/resolver-helpers.js';
import { Ctx } from '../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { localize } from '../common/localized/localize.js';
import { LocalizedString } from '../common/localized/localized-string.model.js';
import { CatalogueService } from './catalogue.service.js';
import { CountryModel } from './models/country.model.js';
import { RegionModel } from './models/region.model.js';
import { SubnationalUnitModel } from './models/subnational-unit.model.js';

@Resolver(() => RegionModel)
export class RegionResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  @Query(() => [RegionModel], { description: 'All regions and partners, by name.' })
  regions(@Ctx() ctx: RequestContext, @Args(LANG_ARG) lang?: string): Promise<RegionRow[]> {
    useLanguage(ctx, lang);
    return this.catalogue.regions(ctx);
  }

  @ResolveField('name', () => LocalizedString, { description: 'Name of the region.' })
  name(@Parent() region: RegionRow, @Ctx() ctx: RequestContext): LocalizedString {
    return localize(region.name, ctx.lang);
  }

  @ResolveField('countries', () => [CountryModel], { description: 'Countries in the region, by name.' })
  countries(@Parent() region: RegionRow, @Ctx() ctx: RequestContext): Promise<CountryRow[]> {
    return this.catalogue.countriesOfRegion(ctx, region.code);
  }
}

@Resolver(() => CountryModel)
export class CountryResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  @Query(() => [CountryModel], { description: 'All countries in the catalogue, by name.' })
  countries(@Ctx() ctx: RequestContext, @Args(LANG_ARG) lang?: string): Promise<CountryRow[]> {
    useLanguage(ctx, lang);
    return this.catalogue.countries(ctx);
  }

  @ResolveField('name', () => LocalizedString, { description: 'Short name of the country.' })
  name(@Parent() country: CountryRow, @Ctx() ctx: RequestContext): LocalizedString {
    return localize(country.name, ctx.lang);
  }

  @ResolveField('capital', () => LocalizedString, { description: 'Capital city.' })
  capital(@Parent() country: CountryRow, @Ctx() ctx: RequestContext): LocalizedString {
    return localize(country.capital, ctx.lang);
  }

  @ResolveField('region', () => RegionModel, { description: 'The region the country belongs to.' })
  async region(@Parent() country: CountryRow, @Ctx() ctx: RequestContext): Promise<RegionRow> {
    return required(await this.catalogue.region(ctx, country.regionCode), `Region ${country.regionCode}`);
  }
}

@Resolver(() => SubnationalUnitModel)
export class SubnationalUnitResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  @ResolveField('name', () => LocalizedString, { description: 'Name of the unit.' })
  name(@Parent() unit: SubnationalUnitRow, @Ctx() ctx: RequestContext): LocalizedString {
    return localize(unit.name, ctx.lang);
  }

  @ResolveField('country', () => CountryModel, { description: 'The country the unit belongs to.' })
  async country(@Parent() unit: SubnationalUnitRow, @Ctx() ctx: RequestContext): Promise<CountryRow> {
    return required(await this.catalogue.country(ctx, unit.countryCode), `Country ${unit.countryCode}`);
  }
}
