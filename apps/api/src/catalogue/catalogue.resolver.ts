// Root catalogue queries and the relations of Region, Country and SubnationalUnit; every other
// field is a plain property of the views (catalogue.views.ts).
import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LANG_ARG, required } from '../common/graphql/resolver-helpers.js';
import { Ctx } from '../common/graphql/request-context.decorator.js';
import { CONTEXT_KEY, type GraphQLContext, type NoArgs, type RequestContext } from '../common/graphql/request-context.js';
import { CatalogueService } from './catalogue.service.js';
import type { CountryView, RegionView, SubnationalUnitView } from './catalogue.views.js';
import { CountryModel } from './models/country.model.js';
import { RegionModel } from './models/region.model.js';
import { SubnationalUnitModel } from './models/subnational-unit.model.js';

@Resolver(() => RegionModel)
export class RegionResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  @Query(() => [RegionModel], { description: 'All regions and partners, by name.' })
  regions(@Ctx() ctx: RequestContext, @Args(LANG_ARG) _lang?: string): Promise<RegionView[]> {
    return this.catalogue.regions(ctx);
  }

  @ResolveField('countries', () => [CountryModel], { description: 'Countries in the region, by name.' })
  countries(region: RegionView, _args: NoArgs, context: GraphQLContext): Promise<CountryView[]> {
    return this.catalogue.countriesOfRegion(context[CONTEXT_KEY], region.code);
  }
}

@Resolver(() => CountryModel)
export class CountryResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  @Query(() => [CountryModel], { description: 'All countries in the catalogue, by name.' })
  countries(@Ctx() ctx: RequestContext, @Args(LANG_ARG) _lang?: string): Promise<CountryView[]> {
    return this.catalogue.countries(ctx);
  }

  @ResolveField('region', () => RegionModel, { description: 'The region the country belongs to.' })
  async region(country: CountryView, _args: NoArgs, context: GraphQLContext): Promise<RegionView> {
    return required(await this.catalogue.region(context[CONTEXT_KEY], country.regionCode), `Region ${country.regionCode}`);
  }
}

@Resolver(() => SubnationalUnitModel)
export class SubnationalUnitResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  @ResolveField('country', () => CountryModel, { description: 'The country the unit belongs to.' })
  async country(unit: SubnationalUnitView, _args: NoArgs, context: GraphQLContext): Promise<CountryView> {
    return required(await this.catalogue.country(context[CONTEXT_KEY], unit.countryCode), `Country ${unit.countryCode}`);
  }
}
