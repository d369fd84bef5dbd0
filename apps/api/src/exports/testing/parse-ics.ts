// Test helper: reads an iCalendar feed back with node-ical, an independent parser, so the
// tests check what calendar clients will see rather than our own output strings.
import { sync, type CalendarResponse, type VEvent } from 'node-ical';

export function parseIcsEvents(ics: string): { calendar: CalendarResponse; events: VEvent[] } {
  const calendar = sync.parseICS(ics);
  const events = Object.values(calendar).filter((c): c is VEvent => c !== undefined && 'type' in c && c.type === 'VEVENT');
  return { calendar, events: events.sort((a, b) => a.start.getTime() - b.start.getTime()) };
}

/** node-ical gives a property with parameters as { val, params }; tests only need the text. */
export function icsText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'val' in value) return String(value.val);
  return undefined;
}
