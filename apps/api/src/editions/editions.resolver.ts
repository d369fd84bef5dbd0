// The edition root query and the relations of Edition that come from programme, people and
// catalogue; its plain fields are properties of the view (editions.views.ts).
import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import type { CountryView, SubnationalUnitView } from '../catalogue/catalogue.views.js';
import { CountryModel } from '../catalogue/models/country.model.js';
import { SubnationalUnitModel } from '../catalogue/models/subnational-unit.model.js';
import { SessionKind } from '../common/graphql/enums.js';
import { Ctx } from '../common/graphql/request-context.decorator.js';
import { CONTEXT_KEY, type GraphQLContext, type NoArgs, type RequestContext } from '../common/graphql/request-context.js';
import { LANG_ARG } from '../common/graphql/resolver-helpers.js';
import { DelegationModel } from '../people/models/delegation.model.js';
import { OrganizationModel } from '../people/models/organization.model.js';
import { PeopleService } from '../people/people.service.js';
import type { DelegationView, OrganizationView } from '../people/people.views.js';
import { RoomModel } from '../programme/models/room.model.js';
import { SessionModel } from '../programme/models/session.model.js';
import { TrackModel } from '../programme/models/track.model.js';
import { ProgrammeService } from '../programme/programme.service.js';
import type { RoomView, SessionView, TrackView } from '../programme/programme.views.js';
import { EditionsService } from './editions.service.js';
import type { EditionView } from './editions.views.js';
import { EditionParticipationModel } from './models/edition-participation.model.js';
import { EditionModel } from './models/edition.model.js';

@Resolver(() => EditionModel)
export class EditionsResolver {
  constructor(
    private readonly editions: EditionsService,
    private readonly programme: ProgrammeService,
    private readonly people: PeopleService,
    private readonly catalogue: CatalogueService,
  ) {}

  @Query(() => EditionModel, { nullable: true, description: 'A published edition; a NOT_FOUND error names what is missing.' })
  edition(
    @Ctx() ctx: RequestContext,
    @Args('series', { description: 'Series slug, e.g. china-central-asia.' }) series: string,
    @Args('number', { type: () => Int, description: 'Edition number within the series.' }) number: number,
    @Args(LANG_ARG) _lang?: string,
  ): Promise<EditionView> {
    return this.editions.get(ctx, { series, number });
  }

  @Query(() => [EditionParticipationModel], { description: 'Participation figures per published edition of a series, newest first.' })
  participationStats(@Args('series', { description: 'Series slug, e.g. china-central-asia.' }) series: string): Promise<EditionParticipationModel[]> {
    return this.editions.participation(series);
  }

  @ResolveField('hostCountry', () => CountryModel, { nullable: true, description: 'Country hosting the edition.' })
  hostCountry(edition: EditionView, _args: NoArgs, context: GraphQLContext): Promise<CountryView | null> {
    return this.catalogue.country(context[CONTEXT_KEY], edition.hostCountryCode);
  }

  @ResolveField('hostSubdivision', () => SubnationalUnitModel, { nullable: true, description: 'Province or region hosting it.' })
  hostSubdivision(edition: EditionView, _args: NoArgs, context: GraphQLContext): Promise<SubnationalUnitView | null> {
    return this.catalogue.subdivision(context[CONTEXT_KEY], edition.hostSubdivisionId);
  }

  @ResolveField('organizers', () => [OrganizationModel], { description: 'Organizing bodies.' })
  organizers(edition: EditionView, _args: NoArgs, context: GraphQLContext): Promise<OrganizationView[]> {
    return this.people.editionOrganizers(context[CONTEXT_KEY], edition.id);
  }

  @ResolveField('tracks', () => [TrackModel], { description: 'Thematic tracks, in their order.' })
  tracks(edition: EditionView, _args: NoArgs, context: GraphQLContext): Promise<TrackView[]> {
    return this.programme.tracks(context[CONTEXT_KEY], edition);
  }

  @ResolveField('rooms', () => [RoomModel], { description: 'Rooms of the venues, by venue and position.' })
  rooms(edition: EditionView, _args: NoArgs, context: GraphQLContext): Promise<RoomView[]> {
    return this.programme.rooms(context[CONTEXT_KEY], edition);
  }

  @ResolveField('programmeDays', () => [String], { description: 'Local dates (YYYY-MM-DD) that have published sessions.' })
  programmeDays(edition: EditionView, _args: NoArgs, context: GraphQLContext): Promise<string[]> {
    return this.programme.programmeDays(context[CONTEXT_KEY], edition);
  }

  @ResolveField('sessions', () => [SessionModel], { description: 'Published sessions by start time; every filter given must hold.' })
  sessions(
    @Parent() edition: EditionView,
    @Ctx() ctx: RequestContext,
    @Args('day', { type: () => String, nullable: true, description: 'Local date, YYYY-MM-DD.' }) day?: string | null,
    @Args('track', { type: () => String, nullable: true, description: 'Track slug.' }) track?: string | null,
    @Args('language', { type: () => String, nullable: true, description: 'BCP 47 tag: sessions spoken in it or interpreted into it.' }) language?: string | null,
    @Args('room', { type: () => String, nullable: true, description: 'Room slug.' }) room?: string | null,
    @Args('kind', { type: () => SessionKind, nullable: true, description: 'Format of the session.' }) kind?: SessionKind | null,
  ): Promise<SessionView[]> {
    return this.programme.sessions(ctx, edition, { day, track, language, room, kind });
  }

  @ResolveField('delegations', () => [DelegationModel], { description: 'Published delegations in protocol order.' })
  delegations(edition: EditionView, _args: NoArgs, context: GraphQLContext): Promise<DelegationView[]> {
    return this.people.delegations(context[CONTEXT_KEY], edition.id);
  }
}

@Resolver(() => EditionParticipationModel)
export class EditionParticipationResolver {
  constructor(private readonly editions: EditionsService) {}

  @ResolveField('edition', () => EditionModel, { nullable: true, description: 'The edition counted.' })
  edition(row: EditionParticipationModel, _args: NoArgs, context: GraphQLContext): Promise<EditionView | null> {
    return this.editions.byId(context[CONTEXT_KEY], row.editionId);
  }
}
