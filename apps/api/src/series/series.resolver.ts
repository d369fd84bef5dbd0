// Series root queries, the fields of Series, and Edition.series (series sits above editions).
import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { TrackDefinition } from '@caravan/tracks';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { CountryModel } from '../catalogue/models/country.model.js';
import { RegionModel } from '../catalogue/models/region.model.js';
import type { CountryView } from '../catalogue/catalogue.mappers.js';
import type { EditionRow, RegionRow, SeriesRow } from '../common/db-rows.js';
import type { OrganizationView } from '../people/people.mappers.js';
import { useLanguage } from '../common/graphql/lang.js';
import { Ctx } from '../common/graphql/request-context.decorator.js';
import { CONTEXT_KEY, type GraphQLContext, type NoArgs, type RequestContext } from '../common/graphql/request-context.js';
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
  name(series: SeriesRow, _args: NoArgs, context: GraphQLContext): LocalizedString {
    return localize(series.name, context[CONTEXT_KEY].lang);
  }

  @ResolveField('shortName', () => LocalizedString, { description: 'Short name for menus and titles.' })
  shortName(series: SeriesRow, _args: NoArgs, context: GraphQLContext): LocalizedString {
    return localize(series.shortName, context[CONTEXT_KEY].lang);
  }

  @ResolveField('description', () => LocalizedString, { description: 'What the series is for.' })
  description(series: SeriesRow, _args: NoArgs, context: GraphQLContext): LocalizedString {
    return localize(series.description, context[CONTEXT_KEY].lang);
  }

  @ResolveField('region', () => RegionModel, { description: 'The region the series is about.' })
  async region(series: SeriesRow, _args: NoArgs, context: GraphQLContext): Promise<RegionRow> {
    return required(await this.catalogue.region(context[CONTEXT_KEY], series.regionCode), `Region ${series.regionCode}`);
  }

  @ResolveField('partnerCountry', () => CountryModel, { nullable: true, description: 'The partner country, e.g. China.' })
  partnerCountry(series: SeriesRow, _args: NoArgs, context: GraphQLContext): Promise<CountryView | null> {
    return this.catalogue.country(context[CONTEXT_KEY], series.partnerCountryCode);
  }

  @ResolveField('countries', () => [CountryModel], { description: 'Member and partner countries, by name.' })
  countries(series: SeriesRow, _args: NoArgs, context: GraphQLContext): Promise<CountryView[]> {
    return this.series.countries(context[CONTEXT_KEY], series.id);
  }

  @ResolveField('coOrganizers', () => [OrganizationModel], { description: 'Bodies that organize the series.' })
  coOrganizers(series: SeriesRow, _args: NoArgs, context: GraphQLContext): Promise<OrganizationView[]> {
    return this.people.seriesOrganizers(context[CONTEXT_KEY], series.id);
  }

  @ResolveField('focusTracks', () => [TrackDefinitionModel], { description: 'Taxonomy tracks the series concentrates on.' })
  focusTracks(series: SeriesRow, _args: NoArgs, context: GraphQLContext): TrackDefinitionModel[] {
    return this.series.focusTracks(series).map((track: TrackDefinition) => ({
      slug: track.slug,
      name: localize(track.name, context[CONTEXT_KEY].lang),
      description: localize(track.description, context[CONTEXT_KEY].lang),
    }));
  }

  @ResolveField('editions', () => [EditionModel], { description: 'Published editions, newest first.' })
  editionsOf(series: SeriesRow, _args: NoArgs, context: GraphQLContext): Promise<EditionRow[]> {
    return this.editions.ofSeries(context[CONTEXT_KEY], series.id);
  }

  @ResolveField('latestEdition', () => EditionModel, { nullable: true, description: 'The newest published edition.' })
  latestEdition(series: SeriesRow, _args: NoArgs, context: GraphQLContext): Promise<EditionRow | null> {
    return this.editions.latestOfSeries(context[CONTEXT_KEY], series.id);
  }
}

@Resolver(() => EditionModel)
export class EditionSeriesResolver {
  constructor(private readonly series: SeriesService) {}

  @ResolveField('series', () => SeriesModel, { description: 'The series the edition belongs to.' })
  async seriesOf(edition: EditionRow, _args: NoArgs, context: GraphQLContext): Promise<SeriesRow> {
    return required(await this.series.byId(context[CONTEXT_KEY], edition.seriesId), `Series ${edition.seriesId}`);
  }
}
