// Series root queries, the relations of Series, and Edition.series (series sits above editions).
// The plain fields are properties of the view (series.views.ts).
import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import type { CountryView, RegionView } from '../catalogue/catalogue.views.js';
import { CountryModel } from '../catalogue/models/country.model.js';
import { RegionModel } from '../catalogue/models/region.model.js';
import { Ctx } from '../common/graphql/request-context.decorator.js';
import { CONTEXT_KEY, type GraphQLContext, type NoArgs, type RequestContext } from '../common/graphql/request-context.js';
import { LANG_ARG, required } from '../common/graphql/resolver-helpers.js';
import { EditionsService } from '../editions/editions.service.js';
import type { EditionView } from '../editions/editions.views.js';
import { EditionModel } from '../editions/models/edition.model.js';
import { OrganizationModel } from '../people/models/organization.model.js';
import { PeopleService } from '../people/people.service.js';
import type { OrganizationView } from '../people/people.views.js';
import { SeriesThemeModel } from './models/series-theme.model.js';
import { SeriesModel } from './models/series.model.js';
import { SeriesService } from './series.service.js';
import { seriesThemeView, type SeriesThemeView, type SeriesView } from './series.views.js';

@Resolver(() => SeriesModel)
export class SeriesResolver {
  constructor(
    private readonly series: SeriesService,
    private readonly editions: EditionsService,
    private readonly people: PeopleService,
    private readonly catalogue: CatalogueService,
  ) {}

  @Query(() => [SeriesModel], { description: 'Published series, by name.' })
  seriesList(@Ctx() ctx: RequestContext, @Args(LANG_ARG) _lang?: string): Promise<SeriesView[]> {
    return this.series.list(ctx);
  }

  @Query(() => SeriesModel, { name: 'series', nullable: true, description: 'A published series; null when unknown or unpublished.' })
  seriesBySlug(
    @Ctx() ctx: RequestContext,
    @Args('slug', { description: 'Series slug, e.g. china-central-asia.' }) slug: string,
    @Args(LANG_ARG) _lang?: string,
  ): Promise<SeriesView | null> {
    return this.series.bySlug(ctx, slug);
  }

  @ResolveField('theme', () => SeriesThemeModel, { description: "The series' theme, resolved for a page: CSS variables, ornament and the stored data." })
  theme(series: SeriesView, _args: NoArgs, context: GraphQLContext): SeriesThemeView {
    return seriesThemeView(series, context[CONTEXT_KEY].lang);
  }

  @ResolveField('region', () => RegionModel, { description: 'The region the series is about.' })
  async region(series: SeriesView, _args: NoArgs, context: GraphQLContext): Promise<RegionView> {
    return required(await this.catalogue.region(context[CONTEXT_KEY], series.regionCode), `Region ${series.regionCode}`);
  }

  @ResolveField('partnerCountry', () => CountryModel, { nullable: true, description: 'The partner country, e.g. China.' })
  partnerCountry(series: SeriesView, _args: NoArgs, context: GraphQLContext): Promise<CountryView | null> {
    return this.catalogue.country(context[CONTEXT_KEY], series.partnerCountryCode);
  }

  @ResolveField('countries', () => [CountryModel], { description: 'Member and partner countries, by name.' })
  countries(series: SeriesView, _args: NoArgs, context: GraphQLContext): Promise<CountryView[]> {
    return this.series.countries(context[CONTEXT_KEY], series.id);
  }

  @ResolveField('coOrganizers', () => [OrganizationModel], { description: 'Bodies that organize the series.' })
  coOrganizers(series: SeriesView, _args: NoArgs, context: GraphQLContext): Promise<OrganizationView[]> {
    return this.people.seriesOrganizers(context[CONTEXT_KEY], series.id);
  }

  @ResolveField('editions', () => [EditionModel], { description: 'Published editions, newest first.' })
  editionsOf(series: SeriesView, _args: NoArgs, context: GraphQLContext): Promise<EditionView[]> {
    return this.editions.ofSeries(context[CONTEXT_KEY], series.id);
  }

  @ResolveField('latestEdition', () => EditionModel, { nullable: true, description: 'The newest published edition.' })
  latestEdition(series: SeriesView, _args: NoArgs, context: GraphQLContext): Promise<EditionView | null> {
    return this.editions.latestOfSeries(context[CONTEXT_KEY], series.id);
  }
}

@Resolver(() => EditionModel)
export class EditionSeriesResolver {
  constructor(private readonly series: SeriesService) {}

  @ResolveField('series', () => SeriesModel, { description: 'The series the edition belongs to.' })
  async seriesOf(edition: EditionView, _args: NoArgs, context: GraphQLContext): Promise<SeriesView> {
    return required(await this.series.byId(context[CONTEXT_KEY], edition.seriesId), `Series ${edition.seriesId}`);
  }
}
