// Formats instants as wall-clock times of the edition's zone for the export formats.
import { toLocalParts } from '@caravan/tracks';

/** ISO 8601 with the zone's offset at that instant, e.g. 2024-10-26T09:30:00+08:00. */
export function toLocalIso(instant: Date, timeZone: string): string {
  const parts = toLocalParts(instant, timeZone);
  return `${parts.date}T${parts.time}:00${parts.offset}`;
}

/** Whole minutes between two instants as "HH:MM" (hours may exceed 23). */
export function formatDuration(start: Date, end: Date): string {
  const minutes = Math.max(0, Math.round((end.getTime() - start.getTime()) / 60_000));
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
