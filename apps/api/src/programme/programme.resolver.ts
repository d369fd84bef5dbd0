// Relations of Session, and Person.sessions (the programme knows who speaks where). Every other
// field of Session, Room and Track is a plain property of its view (programme.views.ts). The
// per-item fields take plain GraphQL arguments (parent, args, context) so that @nestjs/graphql
// binds them directly; see GraphQLContext for why.
import { ResolveField, Resolver } from '@nestjs/graphql';
import { CONTEXT_KEY, type GraphQLContext, type NoArgs } from '../common/graphql/request-context.js';
import { PersonModel } from '../people/models/person.model.js';
import type { PersonView } from '../people/people.views.js';
import { RoomModel } from './models/room.model.js';
import { SessionSpeakerModel } from './models/session-speaker.model.js';
import { SessionModel } from './models/session.model.js';
import { TrackModel } from './models/track.model.js';
import { ProgrammeService } from './programme.service.js';
import type { RoomView, SessionView, SpeakerView, TrackView } from './programme.views.js';

@Resolver(() => SessionModel)
export class SessionResolver {
  constructor(private readonly programme: ProgrammeService) {}

  @ResolveField('room', () => RoomModel, { nullable: true, description: 'Where the session takes place.' })
  room(session: SessionView, _args: NoArgs, context: GraphQLContext): Promise<RoomView | null> {
    return this.programme.room(context[CONTEXT_KEY], session.editionId, session.roomId);
  }

  @ResolveField('track', () => TrackModel, { nullable: true, description: 'The thematic track it belongs to.' })
  track(session: SessionView, _args: NoArgs, context: GraphQLContext): Promise<TrackView | null> {
    return this.programme.track(context[CONTEXT_KEY], session.editionId, session.trackId);
  }

  @ResolveField('speakers', () => [SessionSpeakerModel], { description: 'Keynotes, moderators, then speakers, each in their order.' })
  speakers(session: SessionView, _args: NoArgs, context: GraphQLContext): Promise<SpeakerView[]> {
    return this.programme.speakers(context[CONTEXT_KEY], session);
  }
}

@Resolver(() => PersonModel)
export class PersonSessionsResolver {
  constructor(private readonly programme: ProgrammeService) {}

  @ResolveField('sessions', () => [SessionModel], { description: 'Published sessions the person speaks in, by start time.' })
  sessions(person: PersonView, _args: NoArgs, context: GraphQLContext): Promise<SessionView[]> {
    return this.programme.sessionsOfPerson(context[CONTEXT_KEY], person.id);
  }
}
