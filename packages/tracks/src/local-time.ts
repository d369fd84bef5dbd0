// Wall-clock time in a forum's time zone <-> UTC instants, using only Intl's tz database.
import { TracksError } from './errors.js';

export interface LocalParts {
  /** 'YYYY-MM-DD' */
  date: string;
  /** 'HH:mm' (24-hour) */
  time: string;
  /** UTC offset at that instant, e.g. '+08:00' */
  offset: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  // Stryker disable next-line ConditionalExpression: equivalent, a new formatter for the same zone formats alike (the map only saves time)
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      throw new TracksError('INVALID_TIME_ZONE', `"${timeZone}" is not an IANA time zone (e.g. "Asia/Shanghai")`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockAt(epochMs: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    // Stryker disable next-line ConditionalExpression: equivalent, a stored 'literal' part is never read
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts['year'] ?? NaN,
    month: parts['month'] ?? NaN,
    day: parts['day'] ?? NaN,
    hour: parts['hour'] ?? NaN,
    minute: parts['minute'] ?? NaN,
    second: parts['second'] ?? NaN,
  };
}

function wallAsUtcMs(w: WallClock): number {
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 onto 1900-1999.
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, 0);
  return d.getTime();
}

/** Offset of `timeZone` from UTC at an instant, in whole seconds. */
function offsetSecondsAt(epochMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return Math.round((wallAsUtcMs(wallClockAt(wholeSecond, timeZone)) - wholeSecond) / 1000);
}

function pad(n: number, width = 2): string {
  return String(Math.trunc(Math.abs(n))).padStart(width, '0');
}

function formatOffset(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(seconds) / 60);
  return `${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function assertInstant(instant: Date): number {
  const ms = instant instanceof Date ? instant.getTime() : NaN;
  if (Number.isNaN(ms)) throw new TracksError('INVALID_INSTANT', 'The instant is not a valid Date');
  return ms;
}

/**
 * Recent answers of toLocalParts by zone and instant. A programme repeats a handful of slot
 * times, and formatting an instant through Intl is the costly part of a programme page; the
 * bound keeps memory flat whatever instants come in.
 */
const MAX_CACHED_INSTANTS = 4096;
const localParts = new Map<string, LocalParts>();

function computeLocalParts(ms: number, timeZone: string): LocalParts {
  const w = wallClockAt(ms, timeZone);
  // The offset is measured at the whole second; an instant already on one reuses its wall clock.
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  const offsetSeconds = wholeSecond === ms ? Math.round((wallAsUtcMs(w) - ms) / 1000) : offsetSecondsAt(ms, timeZone);
  return {
    date: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`,
    time: `${pad(w.hour)}:${pad(w.minute)}`,
    offset: formatOffset(offsetSeconds),
  };
}

/** The date, time and UTC offset a clock in `timeZone` shows at `instant`. */
export function toLocalParts(instant: Date, timeZone: string): LocalParts {
  const ms = assertInstant(instant);
  const key = `${timeZone} ${ms}`;
  let parts = localParts.get(key);
  // Stryker disable next-line ConditionalExpression: equivalent, recomputing gives the cached answer (the cache only saves time)
  if (parts === undefined) {
    parts = computeLocalParts(ms, timeZone);
    // Stryker disable next-line all: equivalent, the bound only keeps memory flat; answers are the same with or without eviction
    if (localParts.size >= MAX_CACHED_INSTANTS) {
      const oldest = localParts.keys().next().value;
      if (oldest !== undefined) localParts.delete(oldest);
    }
    localParts.set(key, parts);
  }
  // A copy, so that a caller changing its answer cannot change the next caller's.
  return { ...parts };
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Parses 'YYYY-MM-DD', rejecting impossible dates such as 2025-02-30. */
export function parseLocalDate(date: string): { year: number; month: number; day: number } {
  const m = DATE_RE.exec(date);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  const check = new Date(0);
  check.setUTCFullYear(year, month - 1, day);
  // Stryker disable next-line ConditionalExpression: equivalent for the date check alone, a day 00 or past the month's end always moves the month too
  if (!m || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new TracksError('INVALID_LOCAL_DATE', `"${date}" is not a calendar date in the form YYYY-MM-DD`);
  }
  return { year, month, day };
}

/** Adds whole days to a 'YYYY-MM-DD' date. */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseLocalDate(date);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day + days);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * The UTC instant at which a clock in `timeZone` shows `date` `time`. Follows Temporal's
 * "compatible" rule at DST changes: a repeated time takes its first occurrence, a skipped
 * time is moved forward by the length of the gap.
 */
export function fromLocal(date: string, time: string, timeZone: string): Date {
  const { year, month, day } = parseLocalDate(date);
  const t = TIME_RE.exec(time);
  const hour = Number(t?.[1]);
  const minute = Number(t?.[2]);
  const second = Number(t?.[3] ?? 0);
  if (!t || hour > 23 || minute > 59 || second > 59) {
    throw new TracksError('INVALID_LOCAL_TIME', `"${time}" is not a 24-hour time in the form HH:mm`);
  }
  const wall: WallClock = { year, month, day, hour, minute, second };
  const wallMs = wallAsUtcMs(wall);
  const dayMs = 86_400_000;
  const before = wallMs - offsetSecondsAt(wallMs - dayMs, timeZone) * 1000;
  const after = wallMs - offsetSecondsAt(wallMs + dayMs, timeZone) * 1000;
  const shows = (ms: number): boolean => wallAsUtcMs(wallClockAt(ms, timeZone)) === wallMs;
  const candidates = [before, after].filter(shows).sort((a, b) => a - b);
  const first = candidates[0];
  if (first !== undefined) return new Date(first);
  // In a gap neither offset reproduces the wall time; the pre-transition offset lands just past it.
  return new Date(before);
}
