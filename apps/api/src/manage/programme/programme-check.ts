// The programme rules of @caravan/tracks applied to a change before it is written: the
// edition's sessions are loaded inside the mutation's transaction, the change is applied in
// memory, and any conflict that involves the changed sessions refuses the whole mutation.
// Rooms and speakers are keyed by their slugs so the messages name them readably.
import type { Prisma } from '@caravan/db';
import { findProgrammeConflicts, PROGRAMME_CONFLICT_CODES, type ProgrammeConflictCode, type ProgrammeSession } from '@caravan/tracks';
import { BadUserInputError, type FieldProblem } from '../../common/errors/domain-error.js';

export interface EditionCalendar {
  startDate: Date | null;
  endDate: Date | null;
  timeZone: string;
}

/** 'YYYY-MM-DD' of a PostgreSQL date column (Prisma reads it as UTC midnight). */
export const localDateOf = (value: Date): string => value.toISOString().slice(0, 10);

/** How a session is shown in conflict messages: its English title and slug. */
export function sessionLabel(title: unknown, slug: string): string {
  const en = typeof title === 'object' && title !== null && 'en' in title && typeof title.en === 'string' ? title.en : slug;
  return `${en} [${slug}]`;
}

/** The edition's sessions as the programme rules see them. */
export async function loadProgramme(tx: Prisma.TransactionClient, editionId: string): Promise<ProgrammeSession[]> {
  const rows = await tx.session.findMany({
    where: { editionId },
    include: { room: { include: { venue: { select: { slug: true } } } }, participants: { include: { person: { select: { slug: true } } } } },
  });
  return rows.map((row) => ({
    id: row.id,
    title: sessionLabel(row.title, row.slug),
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    roomId: row.room ? roomKey(row.room.venue.slug, row.room.slug) : null,
    speakerIds: [...new Set(row.participants.map((p) => p.person.slug))],
  }));
}

export const roomKey = (venueSlug: string, roomSlug: string): string => `${venueSlug}/${roomSlug}`;

/** The input field each kind of conflict is about. */
export type ConflictFields = Readonly<Record<ProgrammeConflictCode, string>>;

/**
 * Throws BAD_USER_INPUT when the programme has a conflict involving one of `changed` (or any
 * conflict when `changed` is 'all'); conflicts among untouched sessions are not this change's doing.
 */
export function assertNoConflicts(
  sessions: readonly ProgrammeSession[],
  edition: EditionCalendar,
  changed: ReadonlySet<string> | 'all',
  fields: ConflictFields,
  /** Only these kinds of conflict count (all when left out). */
  codes: readonly ProgrammeConflictCode[] = PROGRAMME_CONFLICT_CODES,
): void {
  if (!edition.startDate || !edition.endDate) {
    if (sessions.length === 0) return;
    throw new BadUserInputError([
      { field: 'edition', reason: 'has no dates yet; set its startDate and endDate (updateEdition) before planning sessions' },
    ]);
  }
  const conflicts = findProgrammeConflicts(sessions, {
    startDate: localDateOf(edition.startDate),
    endDate: localDateOf(edition.endDate),
    timeZone: edition.timeZone,
  }).filter((c) => codes.includes(c.code) && (changed === 'all' || c.sessionIds.some((id) => changed.has(id))));
  if (conflicts.length === 0) return;
  throw new BadUserInputError(conflicts.map((c): FieldProblem => ({ field: fields[c.code], reason: `${c.code}: ${c.message}` })));
}
