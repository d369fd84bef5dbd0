// The programme rules of @caravan/tracks applied to a change before it is written: the
// edition's sessions are loaded inside the mutation's transaction, the change is applied in
// memory, and any conflict that involves the changed sessions refuses the whole mutation.
// Rooms and speakers are keyed by their slugs so the messages name them readably.
import type { Prisma } from '@caravan/db';
import { findProgrammeConflicts, PROGRAMME_CONFLICT_CODES, type ProgrammeConflictCode, type ProgrammeSession } from '@caravan/tracks';
import { calendarDate, loadProgrammes, PLATFORM, type ProgrammeEditionRef } from '@caravan/db/read-models';
import { badInput, badField, type FieldProblem } from '../../common/errors/app-error.js';

export interface EditionCalendar {
  startDate: Date | null;
  endDate: Date | null;
  timeZone: string;
}

/** How a session is shown in conflict messages: its English title and slug. */
export function sessionLabel(title: unknown, slug: string): string {
  const en = typeof title === 'object' && title !== null && 'en' in title && typeof title.en === 'string' ? title.en : slug;
  return `${en} [${slug}]`;
}

/**
 * The edition's whole programme (drafts included) as the programme rules see them, read through
 * the programme read model inside the mutation's transaction.
 */
export async function programmeForRules(tx: Prisma.TransactionClient, edition: ProgrammeEditionRef): Promise<ProgrammeSession[]> {
  const [programme] = await loadProgrammes(tx, [edition], PLATFORM);
  if (!programme) return [];
  const rooms = new Map(programme.rooms.map((room) => [room.id, roomKey(room.venue.slug, room.slug)]));
  return programme.sessions.map((session) => ({
    id: session.id,
    title: sessionLabel(session.title, session.slug),
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    roomId: session.roomId ? (rooms.get(session.roomId) ?? null) : null,
    speakerIds: [...new Set(session.speakers.flatMap((speaker) => programme.people.get(speaker.personId)?.slug ?? []))],
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
    throw badField('edition', 'has no dates yet; set its startDate and endDate (updateEdition) before planning sessions');
  }
  const conflicts = findProgrammeConflicts(sessions, {
    startDate: calendarDate(edition.startDate),
    endDate: calendarDate(edition.endDate),
    timeZone: edition.timeZone,
  }).filter((c) => codes.includes(c.code) && (changed === 'all' || c.sessionIds.some((id) => changed.has(id))));
  if (conflicts.length === 0) return;
  throw badInput(conflicts.map((c): FieldProblem => ({ field: fields[c.code], reason: `${c.code}: ${c.message}` })));
}
