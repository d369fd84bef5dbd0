// Series root queries, the fields of Series, and Edition.series (series sits above editions).
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { TrackDefinition } from '@caravan/tracks';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { CountryModel } from '../catalogue/models/country.model.js';
import { RegionModel } from '../catalogue/models/region.model.js';
import type { CountryRow, EditionRow, OrganizationRow, RegionRow, SeriesRow } from '../common/db-rows.js';
import { useLanguage } from '../common/graphql/lang.js';
import { Ctx } from '../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { LANG_ARG, required } from '../common/graphql/resolver-helpers.js';
import { localize } from '../common/localized/localize.js';
import { LocalizedString } from '../common/localized/localized-string.model.js';
import { EditionsService } from '../editions/editions.service.js';
import { EditionModel } from '../editions/models/edition.model.js';
import { OrganizationModel } from '../people/models/organization.model.js';
import { PeopleService } from '../people/people.service.js';
import { TrackDefinitionModel } from '../programme/models/track.model.js';
import { SeriesModel } from './models/series.model.js';
import { SeriesService } from './series.service.js';

@Resolver(() => SeriesModel)
export class SeriesResolver {
  constructor(
    private readonly series: SeriesService,
    private readonly editions: EditionsService,
    private readonly people: PeopleService,
    private readonly catalogue: CatalogueService,
  ) {}

  @Query(() => [SeriesModel], { description: 'Published series, by name.' })
  seriesList(@Ctx() ctx: RequestContext, @Args(LANG_ARG) lang?: string): Promise<SeriesRow[]> {
    useLanguage(ctx, lang);
    return this.series.list(ctx);
  }

  @Query(() => SeriesModel, { name: 'series', nullable: true, description: 'A published series; null when unknown or unpublished.' })
  seriesBySlug(
    @Ctx() ctx: RequestContext,
    @Args('slug', { description: 'Series slug, e.g. china-central-asia.' }) slug: string,
    @Args(LANG_ARG) lang?: string,
  ): Promise<SeriesRow | null> {
    useLanguage(ctx, lang);
    return this.series.bySlug(slug);
  }

  @ResolveField('name', () => LocalizedString, { description: 'Full name of the series.' })
  name(@Parent() series: SeriesRow, @Ctx() ctx: RequestContext): LocalizedString {
    return localize(series.name, ctx.lang);
  }

  @ResolveField('shortName', () => LocalizedString, { description: 'Short name for menus and titles.' })
  shortName(@Parent() series: SeriesRow, @Ctx() ctx: RequestContext): LocalizedString {
    return localize(series.shortName, ctx.lang);
  }

  @ResolveField('description', () => LocalizedString, { description: 'What the series is for.' })
  description(@Parent() series: SeriesRow, @Ctx() ctx: RequestContext): LocalizedString {
    return localize(series.description, ctx.lang);
  }

  @ResolveField('region', () => RegionModel, { description: 'The region the series is about.' })
  async region(@Parent() series: SeriesRow, @Ctx() ctx: RequestContext): Promise<RegionRow> {
    return required(await this.catalogue.region(ctx, series.regionCode), `Region ${series.regionCode}`);
  }

  @ResolveField('partnerCountry', () => CountryModel, { nullable: true, description: 'The partner country, e.g. China.' })
  partnerCountry(@Parent() series: SeriesRow, @Ctx() ctx: RequestContext): Promise<CountryRow | null> {
    return this.catalogue.country(ctx, series.partnerCountryCode);
  }

  @ResolveField('countries', () => [CountryModel], { description: 'Member and partner countries, by name.' })
  countries(@Parent() series: SeriesRow, @Ctx() ctx: RequestContext): Promise<CountryRow[]> {
    return this.series.countries(ctx, series.id);
  }

  @ResolveField('coOrganizers', () => [OrganizationModel], { description: 'Bodies that organize the series.' })
  coOrganizers(@Parent() series: SeriesRow, @Ctx() ctx: RequestContext): Promise<OrganizationRow[]> {
    return this.people.seriesOrganizers(ctx, series.id);
  }

  @ResolveField('focusTracks', () => [TrackDefinitionModel], { description: 'Taxonomy tracks the series concentrates on.' })
  focusTracks(@Parent() series: SeriesRow, @Ctx() ctx: RequestContext): TrackDefinitionModel[] {
    return this.series.focusTracks(series).map((track: TrackDefinition) => ({
      slug: track.slug,
      name: localize(track.name, ctx.lang),
      description: localize(track.description, ctx.lang),
    }));
  }

  @ResolveField('editions', () => [EditionModel], { description: 'Published editions, newest first.' })
  editionsOf(@Parent() series: SeriesRow, @Ctx() ctx: RequestContext): Promise<EditionRow[]> {
    return this.editions.ofSeries(ctx, series.id);
  }

  @ResolveField('latestEdition', () => EditionModel, { nullable: true, description: 'The newest published edition.' })
  latestEdition(@Parent() series: SeriesRow, @Ctx() ctx: RequestContext): Promise<EditionRow | null> {
    return this.editions.latestOfSeries(ctx, series.id);
  }
}

@Resolver(() => EditionModel)
export class EditionSeriesResolver {
  constructor(private readonly series: SeriesService) {}

  @ResolveField('series', () => SeriesModel, { description: 'The series the edition belongs to.' })
  async seriesOf(@Parent() edition: EditionRow, @Ctx() ctx: RequestContext): Promise<SeriesRow> {
    return required(await this.series.byId(ctx, edition.seriesId), `Series ${edition.seriesId}`);
  }
}
