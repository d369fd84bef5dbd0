// Rules of the session mutations. Times arrive as the edition's local wall-clock and become
// UTC instants through fromLocal; the result is validated with ZSessionInput. Before anything
// is written, the edition's programme with the change applied goes through the programme
// rules of @caravan/tracks: a room used twice at once, a speaker in two places at once, or a
// session outside the edition's dates refuses the mutation and writes nothing.
import { Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@caravan/db';
import { ZSessionInput, ZSessionSpeakersInput, type SessionInput } from '@caravan/forums';
import { fromLocal, toLocalParts, type ProgrammeSession } from '@caravan/tracks';
import type { RequestAuth } from '../../auth/request-auth.js';
import type { Scope } from '../../auth/policy/can.js';
import type { EditionRow, SessionRow } from '../../common/db-rows.js';
import { DATABASE } from '../../config/config.tokens.js';
import { badField } from '../../common/errors/app-error.js';
import { parseInput } from '../../common/errors/parse-input.js';
import { inField, ROOM_TIME_CONSTRAINT, underInputSync, violatedExclusion, withFieldNames } from '../../common/errors/translate-error.js';
import { snapshotOf } from '../../common/write/audit-snapshot.js';
import { applyPatch, fromGraphQL, currentValues } from '../../common/write/input-type.js';
import { MutationRunner } from '../../common/write/mutation-runner.js';
import { NEXT_VERSION, RowLocks } from '../../common/write/row-locks.js';
import { publishSpec } from '../../common/write/publishing.js';
import { ScopeResolver } from '../../common/write/scope-resolver.js';
import { assertNoConflicts, programmeForRules, roomKey, sessionLabel, type ConflictFields } from './programme-check.js';
import { ZSessionEditInput, type CreateSessionInput, type SessionSpeakerInput, type UpdateSessionInput } from './programme.inputs.js';
import { ProgrammeScopes } from './programme-scopes.js';

/** Stands for the session being created in the programme check (real ids are UUIDs). */
const NEW_SESSION = 'new-session';

const LOCAL_TIMES = ZSessionEditInput.pick({ date: true, startTime: true, endTime: true });

const TIME_FIELDS: ConflictFields = {
  OUTSIDE_EDITION_DATES: 'date',
  ENDS_BEFORE_START: 'endTime',
  ROOM_OVERLAP: 'roomId',
  SPEAKER_OVERLAP: 'startTime',
};

const SPEAKER_FIELDS: ConflictFields = { ...TIME_FIELDS, SPEAKER_OVERLAP: 'speakers' };

interface SessionDraft {
  input: SessionInput;
  startsAt: Date;
  endsAt: Date;
  trackId: string | null;
  /** venue/room slugs, the room's key in the programme check. */
  roomKey: string | null;
}

/** What a session write checked against the programme, kept to explain a refusal by the room constraint. */
interface RoomAttempt {
  edition: EditionRow;
  probe: ProgrammeSession;
}

/** A written session with its edition's time zone; the mutation maps it with toSessionView. */
export interface WrittenSession {
  row: SessionRow;
  timeZone: string;
}

const snapshot = snapshotOf<SessionRow>(ZSessionInput, ['trackId']);

function columns(draft: SessionDraft) {
  return {
    slug: draft.input.slug,
    kind: draft.input.kind,
    title: draft.input.title,
    description: draft.input.description ?? undefined,
    startsAt: draft.startsAt,
    endsAt: draft.endsAt,
    roomId: draft.input.roomId ?? null,
    trackId: draft.trackId,
    languages: draft.input.languages,
    interpretation: draft.input.interpretation,
  } satisfies Prisma.SessionUncheckedUpdateInput;
}

@Injectable()
export class SessionsWriter {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly runner: MutationRunner,
    private readonly scopes: ScopeResolver,
    private readonly programmeScopes: ProgrammeScopes,
    private readonly locks: RowLocks,
  ) {}

  async create(auth: RequestAuth, seriesSlug: string, number: number, input: CreateSessionInput): Promise<WrittenSession> {
    const scope = await this.scopes.edition(seriesSlug, number);
    let attempt: RoomAttempt | undefined;
    return this.explainingRoomRace(() => attempt, () =>
      this.runner.run(auth, { action: 'programme.edit', scope, audit: { action: 'create', entityType: 'Session' } }, async (tx) => {
        const edition = await tx.edition.findUniqueOrThrow({ where: { id: scope.editionId } });
        const draft = await this.draft(tx, edition, fromGraphQL(ZSessionEditInput, input));
        const programme = await programmeForRules(tx, edition);
        const probe = this.probe(NEW_SESSION, draft, []);
        attempt = { edition, probe };
        assertNoConflicts([...programme, probe], edition, new Set([NEW_SESSION]), TIME_FIELDS);
        const row = await tx.session.create({ data: { ...columns(draft), editionId: edition.id, published: draft.input.published ?? false } });
        return { result: { row, timeZone: edition.timeZone }, entityId: row.id, after: snapshot(row) };
      }),
    );
  }

  async update(auth: RequestAuth, id: string, input: UpdateSessionInput, expectedVersion?: number | null): Promise<WrittenSession> {
    const scope = await this.programmeScopes.ofSession(id);
    let attempt: RoomAttempt | undefined;
    return this.explainingRoomRace(() => attempt, () =>
      this.runner.run(auth, { action: 'programme.edit', scope, audit: { action: 'update', entityType: 'Session' } }, async (tx) => {
        await this.locks.atVersion(tx, 'Session', id, expectedVersion);
        await this.lockSessionAndSpeakers(tx, id, null);
        const edition = await tx.edition.findUniqueOrThrow({ where: { id: scope.editionId } });
        const current = await tx.session.findUniqueOrThrow({ where: { id }, include: { track: true } });
        const start = toLocalParts(current.startsAt, edition.timeZone);
        const end = toLocalParts(current.endsAt, edition.timeZone);
        const values = { ...currentValues(ZSessionEditInput, current), date: start.date, startTime: start.time, endTime: end.time, trackSlug: current.track?.slug ?? null };
        const draft = await this.draft(tx, edition, applyPatch(ZSessionEditInput, values, input));
        const programme = await programmeForRules(tx, edition);
        const speakers = programme.find((s) => s.id === id)?.speakerIds ?? [];
        const probe = this.probe(id, draft, speakers);
        attempt = { edition, probe };
        assertNoConflicts([...programme.filter((s) => s.id !== id), probe], edition, new Set([id]), TIME_FIELDS);
        const row = await tx.session.update({ where: { id }, data: { ...NEXT_VERSION, ...columns(draft) } });
        const { track: _track, ...before } = current;
        return { result: { row, timeZone: edition.timeZone }, entityId: id, before: snapshot(before), after: snapshot(row) };
      }),
    );
  }

  async remove(auth: RequestAuth, id: string): Promise<string> {
    const scope = await this.programmeScopes.ofSession(id);
    return this.runner.run(auth, { action: 'programme.edit', scope, audit: { action: 'delete', entityType: 'Session' } }, async (tx) => {
      const current = await tx.session.findUniqueOrThrow({ where: { id } });
      await tx.session.delete({ where: { id } });
      return { result: id, entityId: id, before: snapshot(current) };
    });
  }

  async setPublished(auth: RequestAuth, id: string, published: boolean): Promise<WrittenSession> {
    const scope = await this.programmeScopes.ofSession(id);
    return this.runner.run(auth, publishSpec(published, scope, 'Session'), async (tx) => {
      const edition = await tx.edition.findUniqueOrThrow({ where: { id: scope.editionId }, select: { timeZone: true } });
      const current = await tx.session.findUniqueOrThrow({ where: { id } });
      const row = await tx.session.update({ where: { id }, data: { published } });
      return { result: { row, timeZone: edition.timeZone }, entityId: id, before: { published: current.published }, after: { published: row.published } };
    });
  }

  async setSpeakers(auth: RequestAuth, id: string, input: readonly SessionSpeakerInput[]): Promise<WrittenSession> {
    const scope: Scope & { editionId: string } = await this.programmeScopes.ofSession(id);
    return this.runner.run(auth, { action: 'programme.edit', scope, audit: { action: 'update', entityType: 'SessionSpeakers' } }, async (tx) => {
      const speakers = underInputSync('speakers', () => parseInput(ZSessionSpeakersInput, input));
      const edition = await tx.edition.findUniqueOrThrow({ where: { id: scope.editionId } });
      const people = await tx.person.findMany({ where: { slug: { in: [...new Set(speakers.map((s) => s.person))] } }, select: { id: true, slug: true } });
      const idOf = new Map(people.map((p) => [p.slug, p.id]));
      const resolved = speakers.map((speaker, index) => {
        const personId = idOf.get(speaker.person);
        if (!personId) throw badField(`speakers.${index}.person`, `"${speaker.person}" is not a person on the platform; create them first`);
        return { ...speaker, personId };
      });
      await this.lockSessionAndSpeakers(tx, id, resolved.map((speaker) => speaker.personId));
      const programme = await programmeForRules(tx, edition);
      const current = programme.find((s) => s.id === id);
      if (!current) throw new Error(`Session ${id} vanished from its edition's programme`);
      const probe: ProgrammeSession = { ...current, speakerIds: [...new Set(speakers.map((s) => s.person))] };
      assertNoConflicts([...programme.filter((s) => s.id !== id), probe], edition, new Set([id]), SPEAKER_FIELDS);

      const before = await tx.sessionParticipant.findMany({ where: { sessionId: id }, include: { person: { select: { slug: true } } }, orderBy: [{ role: 'asc' }, { position: 'asc' }] });
      await tx.sessionParticipant.deleteMany({ where: { sessionId: id } });
      const positions = new Map<string, number>();
      await tx.sessionParticipant.createMany({
        data: resolved.map((speaker) => {
          const position = positions.get(speaker.role) ?? 0;
          positions.set(speaker.role, position + 1);
          return { sessionId: id, personId: speaker.personId, role: speaker.role, position };
        }),
      });
      const row = await tx.session.findUniqueOrThrow({ where: { id } });
      return {
        result: { row, timeZone: edition.timeZone },
        entityId: id,
        before: before.map((p) => ({ person: p.person.slug, role: p.role })),
        after: speakers.map((s) => ({ person: s.person, role: s.role })),
      };
    });
  }

  /**
   * Speaker double-booking is checked, then written, so a writer that moves a session or sets its
   * speakers locks the session, then each speaker's person row (the records that own the rule)
   * before reading the programme: two writers putting one person in two places at once take turns,
   * and the second sees the first's result. `speakers` null: the session's current speakers.
   * Sessions before people, people in id order: writers wait for each other, never crosswise.
   */
  private async lockSessionAndSpeakers(tx: Prisma.TransactionClient, id: string, speakers: readonly string[] | null): Promise<void> {
    await this.locks.lock(tx, 'Session', [id]);
    const people = speakers ?? (await tx.sessionParticipant.findMany({ where: { sessionId: id }, select: { personId: true } })).map((p) => p.personId);
    await this.locks.lock(tx, 'Person', people);
  }

  /**
   * Runs a session write. When the room constraint refused it (another booking of the slot
   * committed while this one was checking), the programme check runs again on what is committed
   * now, so the loser gets the same ROOM_OVERLAP, naming both sessions by title, as a booking made
   * after the other. Should the other session be gone meanwhile, the constraint's own error stands.
   */
  private async explainingRoomRace<T>(attempt: () => RoomAttempt | undefined, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const tried = attempt();
      if (violatedExclusion(error) !== ROOM_TIME_CONSTRAINT || !tried) throw error;
      const programme = await programmeForRules(this.database.prisma, tried.edition);
      assertNoConflicts([...programme.filter((s) => s.id !== tried.probe.id), tried.probe], tried.edition, new Set([tried.probe.id]), TIME_FIELDS, ['ROOM_OVERLAP']);
      throw error;
    }
  }

  private probe(id: string, draft: SessionDraft, speakerIds: readonly string[]): ProgrammeSession {
    return { id, title: sessionLabel(draft.input.title, draft.input.slug), startsAt: draft.startsAt, endsAt: draft.endsAt, roomId: draft.roomKey, speakerIds };
  }

  /** Validates the fields, turns the local times into instants and resolves room and track against this edition. */
  private async draft(tx: Prisma.TransactionClient, edition: EditionRow, fields: Record<string, unknown>): Promise<SessionDraft> {
    // The local times come first: the instants are what the domain schema checks, with the rest.
    const { date, startTime, endTime } = parseInput(LOCAL_TIMES, fields);
    const { date: _date, startTime: _start, endTime: _end, ...session } = fields;
    const startsAt = inField('startTime', () => fromLocal(date, startTime, edition.timeZone));
    const endsAt = inField('endTime', () => fromLocal(date, endTime, edition.timeZone));
    const input = withFieldNames({ startsAt: 'startTime', endsAt: 'endTime' }, () =>
      parseInput(ZSessionInput, { ...session, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() }),
    );
    let key: string | null = null;
    if (input.roomId) {
      const room = await tx.room.findUnique({ where: { id: input.roomId }, include: { venue: { select: { slug: true, editionId: true } } } });
      // A room of another edition (or series) is as unknown here as a room that does not exist.
      if (!room || room.venue.editionId !== edition.id) throw badField('roomId', `${input.roomId} is not a room of this edition's venues (see addVenue / addRoom)`);
      key = roomKey(room.venue.slug, room.slug);
    }
    let trackId: string | null = null;
    if (input.trackSlug) {
      const track = await tx.track.findUnique({ where: { editionId_slug: { editionId: edition.id, slug: input.trackSlug } }, select: { id: true } });
      if (!track) throw badField('trackSlug', `"${input.trackSlug}" is not a track of this edition (see addTrack)`);
      trackId = track.id;
    }
    return { input, startsAt, endsAt, trackId, roomKey: key };
  }
}
