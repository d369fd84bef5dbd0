// The programme for GraphQL: an edition's programme is read once per request through the
// programme read model and mapped to views in the request's language; every field that points
// into a programme (Edition.sessions, Session.room, Agreement.session, Person.sessions, ...)
// looks it up there, so a session reads the same wherever it is reached from. Whose programme it
// is comes from the request: visitors for a query, the author for a mutation's answer.
import { Injectable } from '@nestjs/common';
import type { SessionKind } from '../common/graphql/enums.js';
import { byKey, defineLoader, groupByKey, type RequestContext } from '../common/graphql/request-context.js';
import { ProgrammeRepository } from './programme.repository.js';
import { toProgrammeViews, type EditionClock, type ProgrammeViews, type RoomView, type SessionView, type SpeakerView, type TrackView } from './programme.views.js';

export interface SessionFilter {
  day?: string | null;
  track?: string | null;
  /** A language spoken on the floor or offered through interpretation (BCP 47). */
  language?: string | null;
  /** Room slug. */
  room?: string | null;
  kind?: SessionKind | null;
}

@Injectable()
export class ProgrammeService {
  private readonly programmeOf = defineLoader<EditionClock, ProgrammeViews>(
    async (editions, ctx) => {
      const contents = await this.repo.programmes(editions, await ctx.audience());
      return contents.map((content, i) => toProgrammeViews(content, editions[i]?.timeZone ?? 'UTC', ctx.lang));
    },
    (edition) => edition.id,
  );

  private readonly clockOf = defineLoader<string, EditionClock | null>(async (ids, ctx) => byKey(ids, await this.repo.editionClocks(ids, await ctx.audience()), (e) => e.id));

  private readonly sessionLinksOf = defineLoader<string, { sessionId: string; editionId: string }[]>(async (ids, ctx) =>
    groupByKey(ids, await this.repo.sessionsOfPeople(ids, await ctx.audience()), (l) => l.personId),
  );

  constructor(private readonly repo: ProgrammeRepository) {}

  /**
   * The programme of an edition the caller has already found visible. Knowing its clock here
   * spares the lookup that fields reached from a session would otherwise make.
   */
  programme(ctx: RequestContext, edition: EditionClock): Promise<ProgrammeViews> {
    this.clockOf.prime(ctx, edition.id, { id: edition.id, seriesId: edition.seriesId, timeZone: edition.timeZone });
    return this.programmeOf.load(ctx, edition);
  }

  /** The programme of an edition known by id only; null when it is not visible. */
  private async programmeById(ctx: RequestContext, editionId: string): Promise<ProgrammeViews | null> {
    const clock = await this.clockOf.load(ctx, editionId);
    return clock ? this.programmeOf.load(ctx, clock) : null;
  }

  async sessions(ctx: RequestContext, edition: EditionClock, filter: SessionFilter = {}): Promise<SessionView[]> {
    const programme = await this.programme(ctx, edition);
    if (!filter.track && !filter.room && !filter.kind && !filter.language && !filter.day) return programme.sessions;
    let trackId: string | undefined;
    if (filter.track) {
      const track = programme.tracks.find((t) => t.slug === filter.track);
      if (!track) return [];
      trackId = track.id;
    }
    let roomIds: Set<string> | undefined;
    if (filter.room) {
      // Room slugs are unique per venue only, so a slug may name a room in each venue.
      roomIds = new Set(programme.rooms.filter((r) => r.slug === filter.room).map((r) => r.id));
      if (roomIds.size === 0) return [];
    }
    const language = filter.language;
    return programme.sessions.filter(
      (session) =>
        (trackId === undefined || session.trackId === trackId) &&
        (roomIds === undefined || (session.roomId !== null && roomIds.has(session.roomId))) &&
        (!filter.kind || session.kind === filter.kind) &&
        (!language || session.languages.includes(language) || session.interpretation.includes(language)) &&
        (!filter.day || session.localDate === filter.day),
    );
  }

  async programmeDays(ctx: RequestContext, edition: EditionClock): Promise<string[]> {
    return (await this.programme(ctx, edition)).days;
  }

  async tracks(ctx: RequestContext, edition: EditionClock): Promise<TrackView[]> {
    return (await this.programme(ctx, edition)).tracks;
  }

  async rooms(ctx: RequestContext, edition: EditionClock): Promise<RoomView[]> {
    return (await this.programme(ctx, edition)).rooms;
  }

  /** A visible session of an edition by id; null otherwise. */
  async session(ctx: RequestContext, editionId: string, id: string | null): Promise<SessionView | null> {
    if (id === null) return null;
    return (await this.programmeById(ctx, editionId))?.sessionsById.get(id) ?? null;
  }

  async track(ctx: RequestContext, editionId: string, id: string | null): Promise<TrackView | null> {
    if (id === null) return null;
    return (await this.programmeById(ctx, editionId))?.tracksById.get(id) ?? null;
  }

  async room(ctx: RequestContext, editionId: string, id: string | null): Promise<RoomView | null> {
    if (id === null) return null;
    return (await this.programmeById(ctx, editionId))?.roomsById.get(id) ?? null;
  }

  async speakers(ctx: RequestContext, session: SessionView): Promise<SpeakerView[]> {
    return (await this.programmeById(ctx, session.editionId))?.speakersBySession.get(session.id) ?? [];
  }

  /** Visible sessions a person speaks in, across editions, by start time. */
  async sessionsOfPerson(ctx: RequestContext, personId: string): Promise<SessionView[]> {
    const links = await this.sessionLinksOf.load(ctx, personId);
    const sessions = await Promise.all(links.map((link) => this.session(ctx, link.editionId, link.sessionId)));
    return sessions.filter((s): s is SessionView => s !== null);
  }
}
