// The indicators root query, Edition.indicators, and the relations of Indicator; plain fields are
// properties of the views (indicators.views.ts).
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import type { CountryView } from '../catalogue/catalogue.views.js';
import { CountryModel } from '../catalogue/models/country.model.js';
import { Ctx } from '../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { LANG_ARG } from '../common/graphql/resolver-helpers.js';
import type { EditionView } from '../editions/editions.views.js';
import { EditionModel } from '../editions/models/edition.model.js';
import { IndicatorsService } from './indicators.service.js';
import type { IndicatorValueView, IndicatorView } from './indicators.views.js';
import { IndicatorModel, IndicatorValueModel } from './models/indicator.model.js';

@Resolver(() => IndicatorModel)
export class IndicatorsResolver {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly catalogue: CatalogueService,
  ) {}

  @Query(() => [IndicatorModel], { name: 'indicators', description: 'Reported indicators, by slug; optionally of one published series or concerning one country.' })
  indicatorList(
    @Ctx() ctx: RequestContext,
    @Args('series', { type: () => String, nullable: true, description: 'Series slug, e.g. china-central-asia.' }) series?: string | null,
    @Args('country', { type: () => String, nullable: true, description: 'ISO country code the indicator concerns, e.g. KZ.' }) country?: string | null,
    @Args(LANG_ARG) _lang?: string,
  ): Promise<IndicatorView[]> {
    return this.indicators.list(ctx, { series, country });
  }

  @ResolveField('countries', () => [CountryModel], { description: 'Countries the indicator concerns, in the order given.' })
  countries(@Parent() indicator: IndicatorView, @Ctx() ctx: RequestContext): Promise<CountryView[]> {
    return this.catalogue.countriesByCodes(ctx, indicator.countryCodes);
  }

  @ResolveField('values', () => [IndicatorValueModel], { description: 'Values by period, oldest first.' })
  values(@Parent() indicator: IndicatorView, @Ctx() ctx: RequestContext): Promise<IndicatorValueView[]> {
    return this.indicators.values(ctx, indicator.id);
  }
}

@Resolver(() => EditionModel)
export class EditionIndicatorsResolver {
  constructor(private readonly indicators: IndicatorsService) {}

  @ResolveField('indicators', () => [IndicatorModel], { description: "Indicators of the edition's series, by slug." })
  indicatorsOf(@Parent() edition: EditionView, @Ctx() ctx: RequestContext): Promise<IndicatorView[]> {
    return this.indicators.ofSeries(ctx, edition.seriesId);
  }
}
