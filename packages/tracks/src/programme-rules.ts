// Pure checks of an edition's programme: room and speaker double-bookings, sessions outside the
// edition's dates (local dates in its time zone), and sessions that end before they start.
import { TracksError } from './errors.js';
import { addDays, fromLocal, parseLocalDate, toLocalParts } from './local-time.js';

export interface ProgrammeSession {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  roomId?: string | null;
  speakerIds: readonly string[];
}

export interface ProgrammeEdition {
  /** First local day, 'YYYY-MM-DD', in `timeZone`. */
  startDate: string;
  /** Last local day (inclusive), 'YYYY-MM-DD', in `timeZone`. */
  endDate: string;
  timeZone: string;
}

export const PROGRAMME_CONFLICT_CODES = [
  'ENDS_BEFORE_START',
  'OUTSIDE_EDITION_DATES',
  'ROOM_OVERLAP',
  'SPEAKER_OVERLAP',
] as const;

export type ProgrammeConflictCode = (typeof PROGRAMME_CONFLICT_CODES)[number];

export interface ProgrammeConflict {
  code: ProgrammeConflictCode;
  /** One id, or two in start order for an overlap. */
  sessionIds: string[];
  message: string;
}

interface Interval {
  session: ProgrammeSession;
  start: number;
  end: number;
}

function instantOf(session: ProgrammeSession, field: 'startsAt' | 'endsAt'): number {
  const value = session[field];
  const ms = value instanceof Date ? value.getTime() : NaN;
  if (Number.isNaN(ms)) {
    throw new TracksError('INVALID_INSTANT', `Session "${session.title}" (${session.id}) has no valid ${field}`);
  }
  return ms;
}

/**
 * Overlapping pairs among intervals sharing one resource, by sorting on start and sweeping with
 * the set of intervals still running: O(n log n + pairs found), not every pair compared.
 * Intervals are half-open, so one ending at 10:00 and one starting at 10:00 do not clash.
 */
function overlappingPairs(intervals: Interval[]): [Interval, Interval][] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start || a.end - b.end || a.session.id.localeCompare(b.session.id));
  const pairs: [Interval, Interval][] = [];
  let running: Interval[] = [];
  for (const current of sorted) {
    running = running.filter((r) => r.end > current.start);
    for (const r of running) pairs.push([r, current]);
    running.push(current);
  }
  return pairs;
}

function groupBy(intervals: Interval[], keysOf: (i: Interval) => Iterable<string>): Map<string, Interval[]> {
  const groups = new Map<string, Interval[]>();
  for (const interval of intervals) {
    for (const key of new Set(keysOf(interval))) {
      const group = groups.get(key);
      if (group) group.push(interval);
      else groups.set(key, [interval]);
    }
  }
  return groups;
}

/** Every conflict in a programme, ordered by code, then by the sessions' start. */
export function findProgrammeConflicts(
  sessions: readonly ProgrammeSession[],
  edition: ProgrammeEdition,
): ProgrammeConflict[] {
  parseLocalDate(edition.startDate);
  parseLocalDate(edition.endDate);
  const zone = edition.timeZone;
  // The edition runs from local midnight of its first day to local midnight after its last.
  const opens = fromLocal(edition.startDate, '00:00', zone).getTime();
  const closes = fromLocal(addDays(edition.endDate, 1), '00:00', zone).getTime();
  const local = (ms: number): string => {
    const p = toLocalParts(new Date(ms), zone);
    return `${p.date} ${p.time}`;
  };
  const span = (i: Interval): string => `${local(i.start)}–${local(i.end)}`;

  const conflicts: ProgrammeConflict[] = [];
  const valid: Interval[] = [];
  for (const session of sessions) {
    const interval = { session, start: instantOf(session, 'startsAt'), end: instantOf(session, 'endsAt') };
    if (interval.end <= interval.start) {
      conflicts.push({
        code: 'ENDS_BEFORE_START',
        sessionIds: [session.id],
        message:
          interval.end === interval.start
            ? `Session "${session.title}" ends at the moment it starts (${local(interval.start)} ${zone}); give it a duration`
            : `Session "${session.title}" ends (${local(interval.end)}) before it starts (${local(interval.start)}) in ${zone}`,
      });
      continue;
    }
    valid.push(interval);
    if (interval.start < opens || interval.end > closes) {
      conflicts.push({
        code: 'OUTSIDE_EDITION_DATES',
        sessionIds: [session.id],
        message: `Session "${session.title}" (${span(interval)} ${zone}) falls outside the edition's dates, ${edition.startDate} to ${edition.endDate}`,
      });
    }
  }

  const rooms = groupBy(valid, (i) => (i.session.roomId ? [i.session.roomId] : []));
  for (const [roomId, group] of rooms) {
    for (const [a, b] of overlappingPairs(group)) {
      conflicts.push({
        code: 'ROOM_OVERLAP',
        sessionIds: [a.session.id, b.session.id],
        message: `Sessions "${a.session.title}" (${span(a)}) and "${b.session.title}" (${span(b)}) are both in room ${roomId} at the same time (${zone})`,
      });
    }
  }

  const speakers = groupBy(valid, (i) => i.session.speakerIds);
  for (const [speakerId, group] of speakers) {
    for (const [a, b] of overlappingPairs(group)) {
      conflicts.push({
        code: 'SPEAKER_OVERLAP',
        sessionIds: [a.session.id, b.session.id],
        message: `Speaker ${speakerId} is in "${a.session.title}" (${span(a)}) and "${b.session.title}" (${span(b)}) at the same time (${zone})`,
      });
    }
  }

  const startOf = new Map(sessions.map((s) => [s.id, s.startsAt.getTime()]));
  const rank = (c: ProgrammeConflict): number => PROGRAMME_CONFLICT_CODES.indexOf(c.code);
  return conflicts.sort(
    (x, y) =>
      rank(x) - rank(y) ||
      // Stryker disable next-line StringLiteral: equivalent, every conflict names at least one session so the fallback key is never read
      (startOf.get(x.sessionIds[0] ?? '') ?? 0) - (startOf.get(y.sessionIds[0] ?? '') ?? 0) ||
      x.sessionIds.join().localeCompare(y.sessionIds.join()),
  );
}
