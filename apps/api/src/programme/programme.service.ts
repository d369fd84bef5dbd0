// Programme rules for visitors: published sessions in time order with their local times in
// the edition's time zone, speakers by role, filtering by local day and track.
import { Injectable } from '@nestjs/common';
import type { EditionRow } from '../common/db-rows.js';
import type { SessionKind, SessionRole } from '../common/graphql/enums.js';
import { byKey, groupByKey, type RequestContext } from '../common/graphql/request-context.js';
import type { PersonView } from '../people/people.mappers.js';
import { PeopleService } from '../people/people.service.js';
import { toRoomModel, toSessionModel, toTrackModel, type RoomView, type SessionView, type TrackView } from './programme.mappers.js';
import { ProgrammeRepository, type SessionWithTimeZone } from './programme.repository.js';

export type { SessionView } from './programme.mappers.js';

/** A person speaking in a session, as Session.speakers serves it. */
export interface SpeakerView {
  role: SessionRole;
  position: number;
  person: PersonView;
}

export interface SessionFilter {
  day?: string | null;
  track?: string | null;
  /** A language spoken on the floor or offered through interpretation (BCP 47). */
  language?: string | null;
  /** Room slug. */
  room?: string | null;
  kind?: SessionKind | null;
}

/** Strips the joined edition so a session view carries session columns only. */
function viewOf(row: SessionWithTimeZone, lang: string): SessionView {
  const { edition, ...session } = row;
  return toSessionModel(session, edition.timeZone, lang);
}

const ROLE_ORDER: Record<SessionRole, number> = { KEYNOTE: 0, MODERATOR: 1, SPEAKER: 2 };

const bySpeakerOrder = (a: SpeakerView, b: SpeakerView): number => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.position - b.position;

@Injectable()
export class ProgrammeService {
  constructor(
    private readonly repo: ProgrammeRepository,
    private readonly people: PeopleService,
  ) {}

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
      return rows.map((row) => toSessionModel(row, edition.timeZone, ctx.lang));
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
      .get('programme.sessionById', async (ids) => byKey(ids, (await this.repo.sessionsByIds(ids)).map((s) => viewOf(s, ctx.lang)), (s) => s.id))
      .load(id);
    return row;
  }

  /** Published sessions a person speaks in, across editions, by start time. */
  async sessionsOfPerson(ctx: RequestContext, personId: string): Promise<SessionView[]> {
    const links = await ctx.loaders
      .get('programme.sessionsByPerson', async (ids) => groupByKey(ids, await this.repo.sessionsByPersonIds(ids), (l) => l.personId))
      .load(personId);
    return links.map((link) => viewOf(link.session, ctx.lang));
  }

  async programmeDays(ctx: RequestContext, edition: EditionRow): Promise<string[]> {
    const sessions = await this.sessionViews(ctx, edition);
    return [...new Set(sessions.map((s) => s.localDate))];
  }

  // Loaders map rows to read models inside the batch: it runs after every root field has set
  // the request's language, and each row is mapped once however many fields load it.

  tracks(ctx: RequestContext, editionId: string): Promise<TrackView[]> {
    return ctx.loaders
      .get('programme.tracksByEdition', async (ids) =>
        groupByKey(ids, (await this.repo.tracksByEditionIds(ids)).map((t) => toTrackModel(t, ctx.lang)), (t) => t.editionId),
      )
      .load(editionId);
  }

  track(ctx: RequestContext, id: string | null): Promise<TrackView | null> {
    if (id === null) return Promise.resolve(null);
    return ctx.loaders
      .get('programme.trackById', async (ids) => byKey(ids, (await this.repo.tracksByIds(ids)).map((t) => toTrackModel(t, ctx.lang)), (t) => t.id))
      .load(id);
  }

  rooms(ctx: RequestContext, editionId: string): Promise<RoomView[]> {
    return ctx.loaders
      .get('programme.roomsByEdition', async (ids) => {
        const rows = await this.repo.roomsByEditionIds(ids);
        return groupByKey(ids, rows, (r) => r.venue.editionId).map((group) => group.map((r) => toRoomModel(r, ctx.lang)));
      })
      .load(editionId);
  }

  room(ctx: RequestContext, id: string | null): Promise<RoomView | null> {
    if (id === null) return Promise.resolve(null);
    return ctx.loaders
      .get('programme.roomById', async (ids) => byKey(ids, (await this.repo.roomsByIds(ids)).map((r) => toRoomModel(r, ctx.lang)), (r) => r.id))
      .load(id);
  }

  speakers(ctx: RequestContext, sessionId: string): Promise<SpeakerView[]> {
    return ctx.loaders
      .get('programme.speakersBySession', async (ids) => {
        const rows = await this.repo.participantsBySessionIds(ids);
        // People come through PeopleService's loader: each person is read and mapped once,
        // however many sessions they speak in (a join would repeat them per appearance).
        const personIds = [...new Set(rows.map((row) => row.personId))];
        const people = new Map<string, PersonView>();
        for (const person of await Promise.all(personIds.map((id) => this.people.person(ctx, id)))) {
          if (person) people.set(person.id, person);
        }
        // Grouped in one pass: ~600 appearances per programme, so no per-row arrays or copies.
        const bySession = new Map<string, SpeakerView[]>();
        for (const id of ids) bySession.set(id, []);
        for (const row of rows) {
          const person = people.get(row.personId);
          // A person unpublished between the two reads is left out, as the join left them out.
          if (person) bySession.get(row.sessionId)?.push({ role: row.role, position: row.position, person });
        }
        return ids.map((id) => (bySession.get(id) ?? []).sort(bySpeakerOrder));
      })
      .load(sessionId);
  }
}
