// Organizer mutations of an edition's programme (tracks, venues and rooms, sessions and their
// speakers): arguments in, writer call, the views of the programme out.
import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { textColumn } from '@caravan/db/read-models';
import { Auth, type RequestAuth } from '../../auth/request-auth.js';
import { EXPECTED_VERSION_ARG } from '../../common/write/row-locks.js';
import { Ctx } from '../../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../../common/graphql/request-context.js';
import { localize } from '../../common/localized/localize.js';
import { RoomModel } from '../../programme/models/room.model.js';
import { SessionModel } from '../../programme/models/session.model.js';
import { TrackModel } from '../../programme/models/track.model.js';
import { toRoomView, toSessionView, toTrackView, type RoomView, type SessionView, type TrackView } from '../../programme/programme.views.js';
import { VenuePayload } from './models/venue-payload.model.js';
import { AddRoomInput, AddTrackInput, AddVenueInput, CreateSessionInput, SessionSpeakerInput, UpdateRoomInput, UpdateSessionInput, UpdateTrackInput } from './programme.inputs.js';
import { SessionsWriter, type WrittenSession } from './sessions.writer.js';
import { TracksWriter } from './tracks.writer.js';
import { VenuesWriter } from './venues.writer.js';

const SERIES_ARG = { description: 'Series slug, e.g. china-central-asia.' } as const;
const NUMBER_ARG = { type: () => Int, description: 'Edition number within the series.' } as const;
const id = (what: string) => ({ type: () => ID, description: `Id of the ${what}.` }) as const;

/** Mutations answer the views queries serve, texts in the request's language. */
const sessionView = (written: WrittenSession, lang: string): SessionView => toSessionView(written.row, written.timeZone, lang);

@Resolver()
export class ProgrammeMutations {
  constructor(
    private readonly tracks: TracksWriter,
    private readonly venues: VenuesWriter,
    private readonly sessions: SessionsWriter,
  ) {}

  @Mutation(() => TrackModel, { description: 'Adds a track to an edition, from the taxonomy or custom.' })
  async addTrack(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('series', SERIES_ARG) series: string,
    @Args('number', NUMBER_ARG) number: number,
    @Args('input', { type: () => AddTrackInput }) input: AddTrackInput,
  ): Promise<TrackView> {
    return toTrackView(await this.tracks.add(auth, series, number, input), ctx.lang);
  }

  @Mutation(() => [TrackModel], { description: 'Adds several tracks to an edition at once: all of them, or none when one is refused (its problems name tracks.<index>).' })
  async addTracks(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('series', SERIES_ARG) series: string,
    @Args('number', NUMBER_ARG) number: number,
    @Args('tracks', { type: () => [AddTrackInput], description: 'The tracks, 1 to 50, each from the taxonomy or custom.' }) tracks: AddTrackInput[],
  ): Promise<TrackView[]> {
    return (await this.tracks.addMany(auth, series, number, tracks)).map((row) => toTrackView(row, ctx.lang));
  }

  @Mutation(() => TrackModel, { description: 'Changes a track; fields left out keep their value.' })
  async updateTrack(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('id', id('track')) trackId: string,
    @Args('input', { type: () => UpdateTrackInput }) input: UpdateTrackInput, @Args('expectedVersion', EXPECTED_VERSION_ARG) expectedVersion?: number | null,
  ): Promise<TrackView> {
    return toTrackView(await this.tracks.update(auth, trackId, input, expectedVersion), ctx.lang);
  }

  @Mutation(() => ID, { description: 'Removes a track; its sessions and agreements stay, without a track. Answers the removed id.' })
  removeTrack(@Auth() auth: RequestAuth, @Args('id', id('track')) trackId: string): Promise<string> {
    return this.tracks.remove(auth, trackId);
  }

  @Mutation(() => VenuePayload, { description: 'Adds a venue to an edition with its first rooms, all or nothing (a refused room names rooms.<index>); add more rooms with addRoom.' })
  async addVenue(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('series', SERIES_ARG) series: string,
    @Args('number', NUMBER_ARG) number: number,
    @Args('input', { type: () => AddVenueInput }) input: AddVenueInput,
    @Args('rooms', { type: () => [AddRoomInput], nullable: true, description: 'Rooms created with the venue, in this order; none when left out.' }) rooms: AddRoomInput[] | null,
  ): Promise<VenuePayload> {
    const venue = await this.venues.addVenue(auth, series, number, input, rooms ?? []);
    return { id: venue.id, slug: venue.slug, name: localize(textColumn(venue.name, `Venue ${venue.slug} name`), ctx.lang), rooms: venue.rooms.map((room) => toRoomView(room, ctx.lang)) };
  }

  @Mutation(() => RoomModel, { description: 'Adds a room to a venue.' })
  async addRoom(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('venueId', id('venue')) venueId: string,
    @Args('input', { type: () => AddRoomInput }) input: AddRoomInput,
  ): Promise<RoomView> {
    return toRoomView(await this.venues.addRoom(auth, venueId, input), ctx.lang);
  }

  @Mutation(() => RoomModel, { description: 'Changes a room; fields left out keep their value.' })
  async updateRoom(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('id', id('room')) roomId: string,
    @Args('input', { type: () => UpdateRoomInput }) input: UpdateRoomInput, @Args('expectedVersion', EXPECTED_VERSION_ARG) expectedVersion?: number | null,
  ): Promise<RoomView> {
    return toRoomView(await this.venues.updateRoom(auth, roomId, input, expectedVersion), ctx.lang);
  }

  @Mutation(() => ID, { description: 'Removes a room; its sessions stay, without a room. Answers the removed id.' })
  removeRoom(@Auth() auth: RequestAuth, @Args('id', id('room')) roomId: string): Promise<string> {
    return this.venues.removeRoom(auth, roomId);
  }

  @Mutation(() => SessionModel, {
    description: "Adds a session, unpublished unless input.published is true. Times are local in the edition's time zone. Refused with BAD_USER_INPUT when its room is taken, a speaker is elsewhere, or it falls outside the edition's dates.",
  })
  async createSession(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('series', SERIES_ARG) series: string,
    @Args('number', NUMBER_ARG) number: number,
    @Args('input', { type: () => CreateSessionInput }) input: CreateSessionInput,
  ): Promise<SessionView> {
    return sessionView(await this.sessions.create(auth, series, number, input), ctx.lang);
  }

  @Mutation(() => SessionModel, { description: 'Changes a session under the same programme rules as createSession; fields left out keep their value.' })
  async updateSession(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('id', id('session')) sessionId: string,
    @Args('input', { type: () => UpdateSessionInput }) input: UpdateSessionInput, @Args('expectedVersion', EXPECTED_VERSION_ARG) expectedVersion?: number | null,
  ): Promise<SessionView> {
    return sessionView(await this.sessions.update(auth, sessionId, input, expectedVersion), ctx.lang);
  }

  @Mutation(() => ID, { description: 'Deletes a session and its speaker list. Answers the deleted id.' })
  deleteSession(@Auth() auth: RequestAuth, @Args('id', id('session')) sessionId: string): Promise<string> {
    return this.sessions.remove(auth, sessionId);
  }

  @Mutation(() => SessionModel, { description: 'Makes a session visible to visitors.' })
  async publishSession(@Ctx() ctx: RequestContext, @Auth() auth: RequestAuth, @Args('id', id('session')) sessionId: string): Promise<SessionView> {
    return sessionView(await this.sessions.setPublished(auth, sessionId, true), ctx.lang);
  }

  @Mutation(() => SessionModel, { description: 'Hides a session from visitors.' })
  async unpublishSession(@Ctx() ctx: RequestContext, @Auth() auth: RequestAuth, @Args('id', id('session')) sessionId: string): Promise<SessionView> {
    return sessionView(await this.sessions.setPublished(auth, sessionId, false), ctx.lang);
  }

  @Mutation(() => SessionModel, { description: 'Replaces the people of a session, in order. Refused when a speaker is in another session at the same time.' })
  async setSessionSpeakers(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('id', id('session')) sessionId: string,
    @Args('speakers', { type: () => [SessionSpeakerInput], description: 'Everyone taking part, in order; an empty list removes them all.' }) speakers: SessionSpeakerInput[],
  ): Promise<SessionView> {
    return sessionView(await this.sessions.setSpeakers(auth, sessionId, speakers), ctx.lang);
  }
}
