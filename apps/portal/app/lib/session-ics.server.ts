// "Add to calendar" for one session: an iCalendar file (RFC 5545) with that session alone, written
// with ical-generator like the api's programme feed. The event's UID is the feed's own
// (`<session id>@<series>.caravan`), so a calendar that also subscribes to the edition's feed
// updates the same entry instead of showing it twice. Times are in UTC, as in the feed.
import ical, { ICalCalendarMethod } from 'ical-generator';

export interface SessionCalendarInput {
  sessionId: string;
  seriesSlug: string;
  title: string;
  description: string | null;
  startsAt: string;
  endsAt: string;
  location: string | null;
  url: string;
  calendarName: string;
}

export function sessionCalendar(input: SessionCalendarInput): string {
  const calendar = ical({ name: input.calendarName, prodId: { company: 'Caravan', product: 'portal', language: 'EN' }, method: ICalCalendarMethod.PUBLISH });
  calendar.createEvent({
    id: `${input.sessionId}@${input.seriesSlug}.caravan`,
    start: new Date(input.startsAt),
    end: new Date(input.endsAt),
    summary: input.title,
    description: input.description,
    location: input.location,
    url: input.url,
  });
  return calendar.toString();
}
