// Rules of the session mutations. Times arrive as the edition's local wall-clock and become
// UTC instants through fromLocal; the result is validated with ZSessionInput. Before anything
// is written, the edition's programme with the change applied goes through the programme
// rules of @caravan/tracks: a room used twice at once, a speaker in two places at once, or a
// session outside the edition's dates refuses the mutation and writes nothing.
import { Injectable } from '@nestjs/common';
import { ZSessionInput, ZSessionSpeakersInput, type SessionInput } from '@caravan/forums';
import type { Prisma } from '@caravan/db';
import { fromLocal, toLocalParts, TracksError, type ProgrammeSession } from '@caravan/tracks';
import type { EditionRow, SessionRow } from '../../common/db-rows.js';
import { parseInput } from '../../common/errors/parse-input.js';
import type { Viewer } from '../../auth/viewer.js';
import { auditJson } from '../common/audit-snapshot.js';
import { badInput, withFieldNames, withFieldPrefix } from '../common/input-problems.js';
import { textRecord } from '../common/localized-text.input.js';
import { MutationRunner } from '../common/mutation-runner.js';
import { ScopeResolver } from '../common/scope-resolver.js';
import type { CreateSessionInput, SessionSpeakerInput, UpdateSessionInput } from './dto/session.input.js';
import { assertNoConflicts, loadProgramme, roomKey, sessionLabel, type ConflictFields } from './programme-check.js';
import { ProgrammeScopes } from './programme-scopes.js';

/** Stands for the session being created in the programme check (real ids are UUIDs). */
const NEW_SESSION = 'new-session';

const TIME_FIELDS: ConflictFields = {
  OUTSIDE_EDITION_DATES: 'date',
  ENDS_BEFORE_START: 'endTime',
  ROOM_OVERLAP: 'roomId',
  SPEAKER_OVERLAP: 'startTime',
};

const SPEAKER_FIELDS: ConflictFields = { ...TIME_FIELDS, SPEAKER_OVERLAP: 'speakers' };

/** The session's fields as the client gave them (local times), before validation. */
interface SessionFields {
  slug: string;
  kind: string;
  title: unknown;
  description: unknown;
  date: string;
  startTime: string;
  endTime: string;
  roomId: string | null;
  trackSlug: string | null;
  languages: string[];
  interpretation: string[];
  published?: boolean;
}

interface SessionDraft {
  input: SessionInput;
  startsAt: Date;
  endsAt: Date;
  trackId: string | null;
  /** venue/room slugs, the room's key in the programme check. */
  roomKey: string | null;
}

function localInstant(date: string, time: string, timeZone: string, timeField: string): Date {
  try {
    return fromLocal(date, time, timeZone);
  } catch (error) {
    if (error instanceof TracksError && error.code === 'INVALID_LOCAL_DATE') throw badInput('date', error.message);
    if (error instanceof TracksError && error.code === 'INVALID_LOCAL_TIME') throw badInput(timeField, error.message);
    throw error;
  }
}

/** A written session with its edition's time zone; the mutation maps it with toSessionModel. */
export interface WrittenSession {
  row: SessionRow;
  timeZone: string;
}

const snapshot = (row: SessionRow) =>
  auditJson({
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    description: row.description,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    roomId: row.roomId,
    trackId: row.trackId,
    languages: row.languages,
    interpretation: row.interpretation,
    published: row.published,
  });

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
    private readonly runner: MutationRunner,
    private readonly scopes: ScopeResolver,
    private readonly programmeScopes: ProgrammeScopes,
  ) {}

  async create(viewer: Viewer, seriesSlug: string, number: number, input: CreateSessionInput): Promise<WrittenSession> {
    const scope = await this.scopes.edition(seriesSlug, number);
    return this.runner.run(viewer, { action: 'programme.edit', scope, audit: { action: 'create', entityType: 'Session' } }, async (tx) => {
      const edition = await tx.edition.findUniqueOrThrow({ where: { id: scope.editionId } });
      const draft = await this.draft(tx, edition, {
        slug: input.slug,
        kind: input.kind,
        title: textRecord(input.title, 'title'),
        description: textRecord(input.description, 'description'),
        date: input.date,
        startTime: input.startTime,
        endTime: input.endTime,
        roomId: input.roomId ?? null,
        trackSlug: input.trackSlug ?? null,
        languages: input.languages,
        interpretation: input.interpretation ?? [],
        published: input.published ?? undefined,
      });
      await this.assertSlugFree(tx, edition.id, draft.input.slug, null);
      const programme = await loadProgramme(tx, edition.id);
      assertNoConflicts([...programme, this.probe(NEW_SESSION, draft, [])], edition, new Set([NEW_SESSION]), TIME_FIELDS);
      const row = await tx.session.create({ data: { ...columns(draft), editionId: edition.id, published: draft.input.published ?? false } });
      return { result: { row, timeZone: edition.timeZone }, entityId: row.id, after: snapshot(row) };
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateSessionInput): Promise<WrittenSession> {
    const scope = await this.programmeScopes.ofSession(id);
    return this.runner.run(viewer, { action: 'programme.edit', scope, audit: { action: 'update', entityType: 'Session' } }, async (tx) => {
      const edition = await tx.edition.findUniqueOrThrow({ where: { id: scope.editionId } });
      const current = await tx.session.findUniqueOrThrow({ where: { id }, include: { track: true } });
      const start = toLocalParts(current.startsAt, edition.timeZone);
      const end = toLocalParts(current.endsAt, edition.timeZone);
      const draft = await this.draft(tx, edition, {
        slug: input.slug ?? current.slug,
        kind: input.kind ?? current.kind,
        title: textRecord(input.title, 'title') ?? current.title,
        description: textRecord(input.description, 'description') ?? current.description ?? undefined,
        date: input.date ?? start.date,
        startTime: input.startTime ?? start.time,
        endTime: input.endTime ?? end.time,
        roomId: input.roomId ?? current.roomId,
        trackSlug: input.trackSlug ?? current.track?.slug ?? null,
        languages: input.languages ?? current.languages,
        interpretation: input.interpretation ?? current.interpretation,
      });
      await this.assertSlugFree(tx, edition.id, draft.input.slug, id);
      const programme = await loadProgramme(tx, edition.id);
      const speakers = programme.find((s) => s.id === id)?.speakerIds ?? [];
      const changed = [...programme.filter((s) => s.id !== id), this.probe(id, draft, speakers)];
      assertNoConflicts(changed, edition, new Set([id]), TIME_FIELDS);
      const row = await tx.session.update({ where: { id }, data: columns(draft) });
      const { track: _track, ...before } = current;
      return { result: { row, timeZone: edition.timeZone }, entityId: id, before: snapshot(before), after: snapshot(row) };
    });
  }

  async remove(viewer: Viewer, id: string): Promise<string> {
    const scope = await this.programmeScopes.ofSession(id);
    return this.runner.run(viewer, { action: 'programme.edit', scope, audit: { action: 'delete', entityType: 'Session' } }, async (tx) => {
      const current = await tx.session.findUniqueOrThrow({ where: { id } });
      await tx.session.delete({ where: { id } });
      return { result: id, entityId: id, before: snapshot(current) };
    });
  }

  async setPublished(viewer: Viewer, id: string, published: boolean): Promise<WrittenSession> {
    const scope = await this.programmeScopes.ofSession(id);
    const spec = {
      action: published ? 'content.publish' : 'content.unpublish',
      scope,
      audit: { action: published ? 'publish' : 'unpublish', entityType: 'Session' },
    } as const;
    return this.runner.run(viewer, spec, async (tx) => {
      const edition = await tx.edition.findUniqueOrThrow({ where: { id: scope.editionId }, select: { timeZone: true } });
      const current = await tx.session.findUniqueOrThrow({ where: { id } });
      const row = await tx.session.update({ where: { id }, data: { published } });
      return { result: { row, timeZone: edition.timeZone }, entityId: id, before: { published: current.published }, after: { published: row.published } };
    });
  }

  async setSpeakers(viewer: Viewer, id: string, input: readonly SessionSpeakerInput[]): Promise<WrittenSession> {
    const scope = await this.programmeScopes.ofSession(id);
    return this.runner.run(viewer, { action: 'programme.edit', scope, audit: { action: 'update', entityType: 'SessionSpeakers' } }, async (tx) => {
      const speakers = withFieldPrefix('speakers', () => parseInput(ZSessionSpeakersInput, input.map((s) => ({ person: s.person, role: s.role }))));
      const edition = await tx.edition.findUniqueOrThrow({ where: { id: scope.editionId } });
      const people = await tx.person.findMany({ where: { slug: { in: [...new Set(speakers.map((s) => s.person))] } }, select: { id: true, slug: true } });
      const idOf = new Map(people.map((p) => [p.slug, p.id]));
      const resolved = speakers.map((speaker, index) => {
        const personId = idOf.get(speaker.person);
        if (!personId) throw badInput(`speakers.${index}.person`, `"${speaker.person}" is not a person on the platform; create them first`);
        return { ...speaker, personId };
      });
      const programme = await loadProgramme(tx, edition.id);
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

  private probe(id: string, draft: SessionDraft, speakerIds: readonly string[]): ProgrammeSession {
    return { id, title: sessionLabel(draft.input.title, draft.input.slug), startsAt: draft.startsAt, endsAt: draft.endsAt, roomId: draft.roomKey, speakerIds };
  }

  private async assertSlugFree(tx: Prisma.TransactionClient, editionId: string, slug: string, except: string | null): Promise<void> {
    const taken = await tx.session.findUnique({ where: { editionId_slug: { editionId, slug } }, select: { id: true } });
    if (taken && taken.id !== except) throw badInput('slug', `"${slug}" is already a session of this edition; choose another slug`);
  }

  /** Validates the fields and resolves times, room and track against this edition. */
  private async draft(tx: Prisma.TransactionClient, edition: EditionRow, fields: SessionFields): Promise<SessionDraft> {
    const startsAt = localInstant(fields.date, fields.startTime, edition.timeZone, 'startTime');
    const endsAt = localInstant(fields.date, fields.endTime, edition.timeZone, 'endTime');
    const input = withFieldNames({ startsAt: 'startTime', endsAt: 'endTime' }, () =>
      parseInput(ZSessionInput, {
        slug: fields.slug,
        kind: fields.kind,
        title: fields.title,
        description: fields.description,
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        roomId: fields.roomId,
        trackSlug: fields.trackSlug,
        languages: fields.languages,
        interpretation: fields.interpretation,
        published: fields.published,
      }),
    );
    let key: string | null = null;
    if (input.roomId) {
      const room = await tx.room.findUnique({ where: { id: input.roomId }, include: { venue: { select: { slug: true, editionId: true } } } });
      // A room of another edition (or series) is as unknown here as a room that does not exist.
      if (!room || room.venue.editionId !== edition.id) throw badInput('roomId', `${input.roomId} is not a room of this edition's venues (see addVenue / addRoom)`);
      key = roomKey(room.venue.slug, room.slug);
    }
    let trackId: string | null = null;
    if (input.trackSlug) {
      const track = await tx.track.findUnique({ where: { editionId_slug: { editionId: edition.id, slug: input.trackSlug } }, select: { id: true } });
      if (!track) throw badInput('trackSlug', `"${input.trackSlug}" is not a track of this edition (see addTrack)`);
      trackId = track.id;
    }
    return { input, startsAt, endsAt, trackId, roomKey: key };
  }
}
