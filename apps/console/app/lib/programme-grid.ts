// Lays out an edition's programme as a day-by-room grid: the edition's days (local calendar
// dates), its rooms as columns (plus one for sessions without a room), and each session placed
// by its local start and end on 15-minute rows. Pure: the page renders what this computes.

export const SLOT_MINUTES = 15;
const DEFAULT_DAY = { start: 8 * 60, end: 18 * 60 };
const MAX_DAYS = 31;

export interface GridRoom {
  id: string;
  label: string;
}

export interface GridSession {
  id: string;
  localDate: string;
  localStart: string;
  localEnd: string;
  roomId: string | null;
}

export interface Placement {
  id: string;
  /** 1-based grid column: 1 holds the times, rooms follow in order, then "no room". */
  column: number;
  /** 1-based grid rows: row 1 holds the room names. */
  rowStart: number;
  rowEnd: number;
}

export interface DayGrid {
  date: string;
  /** Minutes after midnight of the first and past the last row. */
  startMinute: number;
  endMinute: number;
  rows: number;
  /** Column labels after the time column; "no room" appears only when a session has none. */
  columns: { roomId: string | null }[];
  placements: Placement[];
  /** Row of each full hour, for the time labels. */
  hours: { label: string; row: number }[];
}

/** "09:30" → 570. */
export function minutesOf(time: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`PROGRAMME_GRID_BAD_TIME: "${time}" is not HH:mm`);
  return Number(match[1]) * 60 + Number(match[2]);
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The calendar dates from start to end inclusive (YYYY-MM-DD), at most a month of them. */
export function editionDays(start: string | null, end: string | null): string[] {
  if (!start || !end) return [];
  const days: string[] = [];
  const cursor = new Date(`${start}T00:00:00Z`);
  const last = new Date(`${end}T00:00:00Z`);
  while (cursor <= last && days.length < MAX_DAYS) {
    days.push(cursor.toISOString().slice(0, 10));
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return days;
}

/** The grid of one day: the day spans 08:00–18:00 at least, widened to whole hours around its sessions. */
export function layoutDay(date: string, rooms: readonly GridRoom[], sessions: readonly GridSession[]): DayGrid {
  const today = sessions.filter((session) => session.localDate === date);
  const starts = today.map((session) => minutesOf(session.localStart));
  const ends = today.map((session) => minutesOf(session.localEnd));
  const startMinute = Math.min(DEFAULT_DAY.start, ...starts.map((m) => Math.floor(m / 60) * 60));
  const endMinute = Math.max(DEFAULT_DAY.end, ...ends.map((m) => Math.ceil(m / 60) * 60));
  const known = new Set(rooms.map((room) => room.id));
  const roomless = today.some((session) => session.roomId === null || !known.has(session.roomId));
  const columns: { roomId: string | null }[] = [...rooms.map((room) => ({ roomId: room.id })), ...(roomless ? [{ roomId: null }] : [])];
  const columnOf = (roomId: string | null) => {
    const index = roomId !== null && known.has(roomId) ? rooms.findIndex((room) => room.id === roomId) : columns.length - 1;
    return index + 2;
  };
  const row = (minute: number) => Math.floor((minute - startMinute) / SLOT_MINUTES) + 2;
  const placements = [...today]
    .sort((a, b) => a.localStart.localeCompare(b.localStart) || columnOf(a.roomId) - columnOf(b.roomId))
    .map((session) => {
      const rowStart = row(minutesOf(session.localStart));
      // A session shorter than a slot still gets one row.
      const rowEnd = Math.max(rowStart + 1, Math.ceil((minutesOf(session.localEnd) - startMinute) / SLOT_MINUTES) + 2);
      return { id: session.id, column: columnOf(session.roomId), rowStart, rowEnd };
    });
  const hours: { label: string; row: number }[] = [];
  for (let minute = startMinute; minute < endMinute; minute += 60) hours.push({ label: hhmm(minute), row: row(minute) });
  return { date, startMinute, endMinute, rows: (endMinute - startMinute) / SLOT_MINUTES, columns, placements, hours };
}
