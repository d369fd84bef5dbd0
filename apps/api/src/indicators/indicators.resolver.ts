// The indicators root query, Edition.indicators, and the fields of Indicator and IndicatorValue.
import type { CountryView } from '../catalogue/catalogue.mappers.js';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { CountryModel } from '../catalogue/models/country.model.js';
import type { EditionRow } from '../common/db-rows.js';
import { useLanguage } from '../common/graphql/lang.js';
import { Ctx } from '../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { LANG_ARG } from '../common/graphql/resolver-helpers.js';
import { localize, localizeOptional } from '../common/localized/localize.js';
import { LocalizedString } from '../common/localized/localized-string.model.js';
import { EditionModel } from '../editions/models/edition.model.js';
import type { IndicatorRow, IndicatorValueRow } from './indicators.repository.js';
import { IndicatorsService } from './indicators.service.js';
import { IndicatorModel, IndicatorValueModel } from './models/indicator.model.js';

const isoDate = (value: Date): string => value.toISOString().slice(0, 10);

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
    @Args(LANG_ARG) lang?: string,
  ): Promise<IndicatorRow[]> {
    useLanguage(ctx, lang);
    return this.indicators.list({ series, country });
  }

  @ResolveField('name', () => LocalizedString, { description: 'Name of the indicator.' })
  name(@Parent() indicator: IndicatorRow, @Ctx() ctx: RequestContext): LocalizedString {
    return localize(indicator.name, ctx.lang);
  }

  @ResolveField('description', () => LocalizedString, { nullable: true, description: 'What the indicator measures.' })
  description(@Parent() indicator: IndicatorRow, @Ctx() ctx: RequestContext): LocalizedString | null {
    return localizeOptional(indicator.description, ctx.lang);
  }

  @ResolveField('source', () => LocalizedString, { nullable: true, description: 'Where the figures come from.' })
  source(@Parent() indicator: IndicatorRow, @Ctx() ctx: RequestContext): LocalizedString | null {
    return localizeOptional(indicator.source, ctx.lang);
  }

  @ResolveField('countries', () => [CountryModel], { description: 'Countries the indicator concerns, in the order given.' })
  countries(@Parent() indicator: IndicatorRow, @Ctx() ctx: RequestContext): Promise<CountryView[]> {
    return this.catalogue.countriesByCodes(ctx, indicator.countryCodes);
  }

  @ResolveField('values', () => [IndicatorValueModel], { description: 'Values by period, oldest first.' })
  values(@Parent() indicator: IndicatorRow, @Ctx() ctx: RequestContext): Promise<IndicatorValueRow[]> {
    return this.indicators.values(ctx, indicator.id);
  }
}

@Resolver(() => IndicatorValueModel)
export class IndicatorValueResolver {
  @ResolveField('value', () => String, { description: 'Decimal value as a string, e.g. "89000000000.00".' })
  value(@Parent() row: IndicatorValueRow): string {
    return row.value.toFixed(2);
  }

  @ResolveField('periodStart', () => String, { description: 'First day of the period, YYYY-MM-DD.' })
  periodStart(@Parent() row: IndicatorValueRow): string {
    return isoDate(row.periodStart);
  }

  @ResolveField('periodEnd', () => String, { description: 'Last day of the period, YYYY-MM-DD.' })
  periodEnd(@Parent() row: IndicatorValueRow): string {
    return isoDate(row.periodEnd);
  }

  @ResolveField('note', () => LocalizedString, { nullable: true, description: 'Context given with the figure.' })
  note(@Parent() row: IndicatorValueRow, @Ctx() ctx: RequestContext): LocalizedString | null {
    return localizeOptional(row.note, ctx.lang);
  }
}

@Resolver(() => EditionModel)
export class EditionIndicatorsResolver {
  constructor(private readonly indicators: IndicatorsService) {}

  @ResolveField('indicators', () => [IndicatorModel], { description: "Indicators of the edition's series, by slug." })
  indicatorsOf(@Parent() edition: EditionRow, @Ctx() ctx: RequestContext): Promise<IndicatorRow[]> {
    return this.indicators.ofSeries(ctx, edition.seriesId);
  }
}
