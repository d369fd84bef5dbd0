// Root catalogue queries and the fields of Region, Country and SubnationalUnit.
import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RegionRow, SubnationalUnitRow } from '../common/db-rows.js';
import type { CountryView } from './catalogue.mappers.js';
import { useLanguage } from '../common/graphql/lang.js';
import { LANG_ARG, required } from '../common/graphql/resolver-helpers.js';
import { Ctx } from '../common/graphql/request-context.decorator.js';
import { CONTEXT_KEY, type GraphQLContext, type NoArgs, type RequestContext } from '../common/graphql/request-context.js';
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
  name(region: RegionRow, _args: NoArgs, context: GraphQLContext): LocalizedString {
    return localize(region.name, context[CONTEXT_KEY].lang);
  }

  @ResolveField('countries', () => [CountryModel], { description: 'Countries in the region, by name.' })
  countries(region: RegionRow, _args: NoArgs, context: GraphQLContext): Promise<CountryView[]> {
    return this.catalogue.countriesOfRegion(context[CONTEXT_KEY], region.code);
  }
}

@Resolver(() => CountryModel)
export class CountryResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  @Query(() => [CountryModel], { description: 'All countries in the catalogue, by name.' })
  countries(@Ctx() ctx: RequestContext, @Args(LANG_ARG) lang?: string): Promise<CountryView[]> {
    useLanguage(ctx, lang);
    return this.catalogue.countries(ctx);
  }

  @ResolveField('region', () => RegionModel, { description: 'The region the country belongs to.' })
  async region(country: CountryView, _args: NoArgs, context: GraphQLContext): Promise<RegionRow> {
    return required(await this.catalogue.region(context[CONTEXT_KEY], country.regionCode), `Region ${country.regionCode}`);
  }
}

@Resolver(() => SubnationalUnitModel)
export class SubnationalUnitResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  @ResolveField('name', () => LocalizedString, { description: 'Name of the unit.' })
  name(unit: SubnationalUnitRow, _args: NoArgs, context: GraphQLContext): LocalizedString {
    return localize(unit.name, context[CONTEXT_KEY].lang);
  }

  @ResolveField('country', () => CountryModel, { description: 'The country the unit belongs to.' })
  async country(unit: SubnationalUnitRow, _args: NoArgs, context: GraphQLContext): Promise<CountryView> {
    return required(await this.catalogue.country(context[CONTEXT_KEY], unit.countryCode), `Country ${unit.countryCode}`);
  }
}
