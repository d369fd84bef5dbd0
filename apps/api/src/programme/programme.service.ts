// Programme rules for visitors: published sessions in time order with their local times in
// the edition's time zone, speakers by role, filtering by local day and track.
import { Injectable } from '@nestjs/common';
import { toLocalParts } from '@caravan/tracks';
import type { EditionRow, SessionRow, TrackRow } from '../common/db-rows.js';
import type { SessionKind, SessionRole } from '../common/graphql/enums.js';
import { byKey, groupByKey, type RequestContext } from '../common/graphql/request-context.js';
import { ProgrammeRepository, type ParticipantRow, type RoomWithVenue, type SessionWithTimeZone } from './programme.repository.js';

/** A session as resolvers see it: the row plus the edition's time zone and its local parts. */
export type SessionView = SessionRow & { timeZone: string; localDate: string; localStart: string; localEnd: string };

export interface SessionFilter {
  day?: string | null;
  track?: string | null;
  /** A language spoken on the floor or offered through interpretation (BCP 47). */
  language?: string | null;
  /** Room slug. */
  room?: string | null;
  kind?: SessionKind | null;
}

function toView(row: SessionRow, timeZone: string): SessionView {
  const start = toLocalParts(row.startsAt, timeZone);
  const end = toLocalParts(row.endsAt, timeZone);
  return { ...row, timeZone, localDate: start.date, localStart: start.time, localEnd: end.time };
}

/** Strips the joined edition so a session view carries session columns only. */
function viewOf(row: SessionWithTimeZone): SessionView {
  const { edition, ...session } = row;
  return toView(session, edition.timeZone);
}

const ROLE_ORDER: Record<SessionRole, number> = { KEYNOTE: 0, MODERATOR: 1, SPEAKER: 2 };

@Injectable()
export class ProgrammeService {
  constructor(private readonly repo: ProgrammeRepository) {}

  /**
   * Every published session of the edition with its local times, worked out once per request:
   * `programmeDays` and each `sessions(...)` field of a query share them.
   */
  private sessionViews(ctx: RequestContext, edition: EditionRow): Promise<SessionView[]> {
    return ctx.loaders.memo(`programme.sessionViews:${edition.id}`, async () => {
      const rows = await ctx.loaders
        .get('programme.sessionsByEdition', async (ids) =>
          groupByKey(ids, await this.repo.sessionsByEditionIds(ids), (s) => s.editionId),
        )
        .load(edition.id);
      return rows.map((row) => toView(row, edition.timeZone));
    });
  }

  async sessions(ctx: RequestContext, edition: EditionRow, filter: SessionFilter = {}): Promise<SessionView[]> {
    const views = await this.sessionViews(ctx, edition);
    if (!filter.track && !filter.room && !filter.kind && !filter.language && !filter.day) return views;
    let trackId: string | undefined;
    if (filter.track) {
      const track = (await this.tracks(ctx, edition.id)).find((t) => t.slug === filter.track);
      if (!track) return [];
      trackId = track.id;
    }
    let roomIds: Set<string> | undefined;
    if (filter.room) {
      // Room slugs are unique per venue only, so a slug may name a room in each venue.
      roomIds = new Set((await this.rooms(ctx, edition.id)).filter((r) => r.slug === filter.room).map((r) => r.id));
      if (roomIds.size === 0) return [];
    }
    const language = filter.language;
    return views.filter(
      (session) =>
        (trackId === undefined || session.trackId === trackId) &&
        (roomIds === undefined || (session.roomId !== null && roomIds.has(session.roomId))) &&
        (!filter.kind || session.kind === filter.kind) &&
        (!language || session.languages.includes(language) || session.interpretation.includes(language)) &&
        (!filter.day || session.localDate === filter.day),
    );
  }

  /** A published session of a published edition by id, with its local times; null otherwise. */
  async session(ctx: RequestContext, id: string | null): Promise<SessionView | null> {
    if (id === null) return null;
    const row = await ctx.loaders
      .get('programme.sessionById', async (ids) => byKey(ids, await this.repo.sessionsByIds(ids), (s) => s.id))
      .load(id);
    return row ? viewOf(row) : null;
  }

  /** Published sessions a person speaks in, across editions, by start time. */
  async sessionsOfPerson(ctx: RequestContext, personId: string): Promise<SessionView[]> {
    const links = await ctx.loaders
      .get('programme.sessionsByPerson', async (ids) => groupByKey(ids, await this.repo.sessionsByPersonIds(ids), (l) => l.personId))
      .load(personId);
    return links.map((link) => viewOf(link.session));
  }

  async programmeDays(ctx: RequestContext, edition: EditionRow): Promise<string[]> {
    const sessions = await this.sessionViews(ctx, edition);
    return [...new Set(sessions.map((s) => s.localDate))];
  }

  tracks(ctx: RequestContext, editionId: string): Promise<TrackRow[]> {
    return ctx.loaders
      .get('programme.tracksByEdition', async (ids) =>
        groupByKey(ids, await this.repo.tracksByEditionIds(ids), (t) => t.editionId),
      )
      .load(editionId);
  }

  track(ctx: RequestContext, id: string | null): Promise<TrackRow | null> {
    if (id === null) return Promise.resolve(null);
    return ctx.loaders
      .get('programme.trackById', async (ids) => byKey(ids, await this.repo.tracksByIds(ids), (t) => t.id))
      .load(id);
  }

  rooms(ctx: RequestContext, editionId: string): Promise<RoomWithVenue[]> {
    return ctx.loaders
      .get('programme.roomsByEdition', async (ids) =>
        groupByKey(ids, await this.repo.roomsByEditionIds(ids), (r) => r.venue.editionId),
      )
      .load(editionId);
  }

  room(ctx: RequestContext, id: string | null): Promise<RoomWithVenue | null> {
    if (id === null) return Promise.resolve(null);
    return ctx.loaders
      .get('programme.roomById', async (ids) => byKey(ids, await this.repo.roomsByIds(ids), (r) => r.id))
      .load(id);
  }

  async speakers(ctx: RequestContext, sessionId: string): Promise<ParticipantRow[]> {
    const rows = await ctx.loaders
      .get('programme.participantsBySession', async (ids) =>
        groupByKey(ids, await this.repo.participantsBySessionIds(ids), (p) => p.sessionId),
      )
      .load(sessionId);
    return [...rows].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.position - b.position);
  }
}
