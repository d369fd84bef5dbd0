// Fields of Session, Room and Track, and Person.sessions (the programme knows who speaks where).
// The per-item fields take plain GraphQL arguments (parent, args, context) so that @nestjs/graphql
// binds them directly; see GraphQLContext for why.
import { ResolveField, Resolver } from '@nestjs/graphql';
import type { PersonRow, TrackRow } from '../common/db-rows.js';
import { PersonModel } from '../people/models/person.model.js';
import { CONTEXT_KEY, type GraphQLContext, type NoArgs } from '../common/graphql/request-context.js';
import { localize, localizeOptional } from '../common/localized/localize.js';
import { LocalizedString } from '../common/localized/localized-string.model.js';
import { RoomModel } from './models/room.model.js';
import { SessionSpeakerModel } from './models/session-speaker.model.js';
import { SessionModel } from './models/session.model.js';
import { TrackModel } from './models/track.model.js';
import type { ParticipantRow, RoomWithVenue } from './programme.repository.js';
import { ProgrammeService, type SessionView } from './programme.service.js';

@Resolver(() => SessionModel)
export class SessionResolver {
  constructor(private readonly programme: ProgrammeService) {}

  @ResolveField('title', () => LocalizedString, { description: 'Title of the session.' })
  title(session: SessionView, _args: NoArgs, context: GraphQLContext): LocalizedString {
    return localize(session.title, context[CONTEXT_KEY].lang);
  }

  @ResolveField('description', () => LocalizedString, { nullable: true, description: 'What the session is about.' })
  description(session: SessionView, _args: NoArgs, context: GraphQLContext): LocalizedString | null {
    return localizeOptional(session.description, context[CONTEXT_KEY].lang);
  }

  @ResolveField('startsAt', () => String, { description: 'Start, ISO 8601 in UTC.' })
  startsAt(session: SessionView): string {
    return session.startsAt.toISOString();
  }

  @ResolveField('endsAt', () => String, { description: 'End, ISO 8601 in UTC.' })
  endsAt(session: SessionView): string {
    return session.endsAt.toISOString();
  }

  @ResolveField('room', () => RoomModel, { nullable: true, description: 'Where the session takes place.' })
  room(session: SessionView, _args: NoArgs, context: GraphQLContext): Promise<RoomWithVenue | null> {
    return this.programme.room(context[CONTEXT_KEY], session.roomId);
  }

  @ResolveField('track', () => TrackModel, { nullable: true, description: 'The thematic track it belongs to.' })
  track(session: SessionView, _args: NoArgs, context: GraphQLContext): Promise<TrackRow | null> {
    return this.programme.track(context[CONTEXT_KEY], session.trackId);
  }

  @ResolveField('speakers', () => [SessionSpeakerModel], { description: 'Keynotes, moderators, then speakers, each in their order.' })
  speakers(session: SessionView, _args: NoArgs, context: GraphQLContext): Promise<ParticipantRow[]> {
    return this.programme.speakers(context[CONTEXT_KEY], session.id);
  }
}

@Resolver(() => RoomModel)
export class RoomResolver {
  @ResolveField('name', () => LocalizedString, { description: 'Name of the room.' })
  name(room: RoomWithVenue, _args: NoArgs, context: GraphQLContext): LocalizedString {
    return localize(room.name, context[CONTEXT_KEY].lang);
  }

  @ResolveField('venueName', () => LocalizedString, { description: 'Name of the venue the room is in.' })
  venueName(room: RoomWithVenue, _args: NoArgs, context: GraphQLContext): LocalizedString {
    return localize(room.venue.name, context[CONTEXT_KEY].lang);
  }
}

@Resolver(() => TrackModel)
export class TrackResolver {
  @ResolveField('name', () => LocalizedString, { description: 'Name of the track.' })
  name(track: TrackRow, _args: NoArgs, context: GraphQLContext): LocalizedString {
    return localize(track.name, context[CONTEXT_KEY].lang);
  }
}

@Resolver(() => PersonModel)
export class PersonSessionsResolver {
  constructor(private readonly programme: ProgrammeService) {}

  @ResolveField('sessions', () => [SessionModel], { description: 'Published sessions the person speaks in, by start time.' })
  sessions(person: PersonRow, _args: NoArgs, context: GraphQLContext): Promise<SessionView[]> {
    return this.programme.sessionsOfPerson(context[CONTEXT_KEY], person.id);
  }
}
