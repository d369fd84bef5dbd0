// Fields of Session, Room and Track, and Person.sessions (the programme knows who speaks where).
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { PersonRow, TrackRow } from '../common/db-rows.js';
import { PersonModel } from '../people/models/person.model.js';
import { Ctx } from '../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../common/graphql/request-context.js';
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
  title(@Parent() session: SessionView, @Ctx() ctx: RequestContext): LocalizedString {
    return localize(session.title, ctx.lang);
  }

  @ResolveField('description', () => LocalizedString, { nullable: true, description: 'What the session is about.' })
  description(@Parent() session: SessionView, @Ctx() ctx: RequestContext): LocalizedString | null {
    return localizeOptional(session.description, ctx.lang);
  }

  @ResolveField('startsAt', () => String, { description: 'Start, ISO 8601 in UTC.' })
  startsAt(@Parent() session: SessionView): string {
    return session.startsAt.toISOString();
  }

  @ResolveField('endsAt', () => String, { description: 'End, ISO 8601 in UTC.' })
  endsAt(@Parent() session: SessionView): string {
    return session.endsAt.toISOString();
  }

  @ResolveField('localDate', () => String, { description: 'Local date at the venue, YYYY-MM-DD.' })
  localDate(@Parent() session: SessionView): string {
    return session.localDate;
  }

  @ResolveField('localStart', () => String, { description: 'Local start time at the venue, HH:mm.' })
  localStart(@Parent() session: SessionView): string {
    return session.localStart;
  }

  @ResolveField('localEnd', () => String, { description: 'Local end time at the venue, HH:mm.' })
  localEnd(@Parent() session: SessionView): string {
    return session.localEnd;
  }

  @ResolveField('room', () => RoomModel, { nullable: true, description: 'Where the session takes place.' })
  room(@Parent() session: SessionView, @Ctx() ctx: RequestContext): Promise<RoomWithVenue | null> {
    return this.programme.room(ctx, session.roomId);
  }

  @ResolveField('track', () => TrackModel, { nullable: true, description: 'The thematic track it belongs to.' })
  track(@Parent() session: SessionView, @Ctx() ctx: RequestContext): Promise<TrackRow | null> {
    return this.programme.track(ctx, session.trackId);
  }

  @ResolveField('speakers', () => [SessionSpeakerModel], { description: 'Keynotes, moderators, then speakers, each in their order.' })
  speakers(@Parent() session: SessionView, @Ctx() ctx: RequestContext): Promise<ParticipantRow[]> {
    return this.programme.speakers(ctx, session.id);
  }
}

@Resolver(() => RoomModel)
export class RoomResolver {
  @ResolveField('name', () => LocalizedString, { description: 'Name of the room.' })
  name(@Parent() room: RoomWithVenue, @Ctx() ctx: RequestContext): LocalizedString {
    return localize(room.name, ctx.lang);
  }

  @ResolveField('venueName', () => LocalizedString, { description: 'Name of the venue the room is in.' })
  venueName(@Parent() room: RoomWithVenue, @Ctx() ctx: RequestContext): LocalizedString {
    return localize(room.venue.name, ctx.lang);
  }
}

@Resolver(() => TrackModel)
export class TrackResolver {
  @ResolveField('name', () => LocalizedString, { description: 'Name of the track.' })
  name(@Parent() track: TrackRow, @Ctx() ctx: RequestContext): LocalizedString {
    return localize(track.name, ctx.lang);
  }
}

@Resolver(() => PersonModel)
export class PersonSessionsResolver {
  constructor(private readonly programme: ProgrammeService) {}

  @ResolveField('sessions', () => [SessionModel], { description: 'Published sessions the person speaks in, by start time.' })
  sessions(@Parent() person: PersonRow, @Ctx() ctx: RequestContext): Promise<SessionView[]> {
    return this.programme.sessionsOfPerson(ctx, person.id);
  }
}
