// The edition root query and the fields of Edition that come from programme, people and catalogue.
import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { CountryModel } from '../catalogue/models/country.model.js';
import { SubnationalUnitModel } from '../catalogue/models/subnational-unit.model.js';
import type { CountryView } from '../catalogue/catalogue.mappers.js';
import type { DelegationRow, EditionRow, SubnationalUnitRow } from '../common/db-rows.js';
import { SessionKind } from '../common/graphql/enums.js';
import { useLanguage } from '../common/graphql/lang.js';
import { Ctx } from '../common/graphql/request-context.decorator.js';
import { CONTEXT_KEY, type GraphQLContext, type NoArgs, type RequestContext } from '../common/graphql/request-context.js';
import { LANG_ARG } from '../common/graphql/resolver-helpers.js';
import { localize } from '../common/localized/localize.js';
import { LocalizedString } from '../common/localized/localized-string.model.js';
import { DelegationModel } from '../people/models/delegation.model.js';
import { OrganizationModel } from '../people/models/organization.model.js';
import { PeopleService } from '../people/people.service.js';
import { RoomModel } from '../programme/models/room.model.js';
import { SessionModel } from '../programme/models/session.model.js';
import { TrackModel } from '../programme/models/track.model.js';
import type { OrganizationView } from '../people/people.mappers.js';
import type { RoomView, SessionView, TrackView } from '../programme/programme.mappers.js';
import { ProgrammeService } from '../programme/programme.service.js';
import { EditionsService } from './editions.service.js';
import { EditionParticipationModel } from './models/edition-participation.model.js';
import { EditionModel } from './models/edition.model.js';

const isoDate = (value: Date | null): string | null => (value ? value.toISOString().slice(0, 10) : null);

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
    @Args(LANG_ARG) lang?: string,
  ): Promise<EditionRow> {
    useLanguage(ctx, lang);
    return this.editions.get({ series, number });
  }

  @Query(() => [EditionParticipationModel], { description: 'Participation figures per published edition of a series, newest first.' })
  participationStats(@Args('series', { description: 'Series slug, e.g. china-central-asia.' }) series: string): Promise<EditionParticipationModel[]> {
    return this.editions.participation(series);
  }

  @ResolveField('theme', () => LocalizedString, { description: 'Motto or theme of the edition.' })
  theme(edition: EditionRow, _args: NoArgs, context: GraphQLContext): LocalizedString {
    return localize(edition.theme, context[CONTEXT_KEY].lang);
  }

  @ResolveField('description', () => LocalizedString, { description: 'What the edition is about.' })
  description(edition: EditionRow, _args: NoArgs, context: GraphQLContext): LocalizedString {
    return localize(edition.description, context[CONTEXT_KEY].lang);
  }

  @ResolveField('startDate', () => String, { nullable: true, description: 'First day, YYYY-MM-DD, local to the edition.' })
  startDate(edition: EditionRow): string | null {
    return isoDate(edition.startDate);
  }

  @ResolveField('endDate', () => String, { nullable: true, description: 'Last day, YYYY-MM-DD, local to the edition.' })
  endDate(edition: EditionRow): string | null {
    return isoDate(edition.endDate);
  }

  @ResolveField('hostCity', () => LocalizedString, { description: 'City hosting the edition.' })
  hostCity(edition: EditionRow, _args: NoArgs, context: GraphQLContext): LocalizedString {
    return localize(edition.hostCity, context[CONTEXT_KEY].lang);
  }

  @ResolveField('hostCountry', () => CountryModel, { nullable: true, description: 'Country hosting the edition.' })
  hostCountry(edition: EditionRow, _args: NoArgs, context: GraphQLContext): Promise<CountryView | null> {
    return this.catalogue.country(context[CONTEXT_KEY], edition.hostCountryCode);
  }

  @ResolveField('hostSubdivision', () => SubnationalUnitModel, { nullable: true, description: 'Province or region hosting it.' })
  hostSubdivision(edition: EditionRow, _args: NoArgs, context: GraphQLContext): Promise<SubnationalUnitRow | null> {
    return this.catalogue.subdivision(context[CONTEXT_KEY], edition.hostSubdivisionId);
  }

  @ResolveField('organizers', () => [OrganizationModel], { description: 'Organizing bodies.' })
  organizers(edition: EditionRow, _args: NoArgs, context: GraphQLContext): Promise<OrganizationView[]> {
    return this.people.editionOrganizers(context[CONTEXT_KEY], edition.id);
  }

  @ResolveField('tracks', () => [TrackModel], { description: 'Thematic tracks, in their order.' })
  tracks(edition: EditionRow, _args: NoArgs, context: GraphQLContext): Promise<TrackView[]> {
    return this.programme.tracks(context[CONTEXT_KEY], edition.id);
  }

  @ResolveField('rooms', () => [RoomModel], { description: 'Rooms of the venues, by venue and position.' })
  rooms(edition: EditionRow, _args: NoArgs, context: GraphQLContext): Promise<RoomView[]> {
    return this.programme.rooms(context[CONTEXT_KEY], edition.id);
  }

  @ResolveField('programmeDays', () => [String], { description: 'Local dates (YYYY-MM-DD) that have published sessions.' })
  programmeDays(edition: EditionRow, _args: NoArgs, context: GraphQLContext): Promise<string[]> {
    return this.programme.programmeDays(context[CONTEXT_KEY], edition);
  }

  @ResolveField('sessions', () => [SessionModel], { description: 'Published sessions by start time; every filter given must hold.' })
  sessions(
    @Parent() edition: EditionRow,
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
  delegations(edition: EditionRow, _args: NoArgs, context: GraphQLContext): Promise<DelegationRow[]> {
    return this.people.delegations(context[CONTEXT_KEY], edition.id);
  }
}

@Resolver(() => EditionParticipationModel)
export class EditionParticipationResolver {
  constructor(private readonly editions: EditionsService) {}

  @ResolveField('edition', () => EditionModel, { nullable: true, description: 'The edition counted.' })
  edition(row: EditionParticipationModel, _args: NoArgs, context: GraphQLContext): Promise<EditionRow | null> {
    return this.editions.byId(context[CONTEXT_KEY], row.editionId);
  }
}
