// programme.ics: the published programme as an iCalendar (RFC 5545) feed, built with
// ical-generator.
//
// Times are written in UTC (DTSTART:...Z) rather than with a TZID and an embedded VTIMEZONE:
// every client reads UTC the same way and shows it in the reader's own zone, while embedded
// VTIMEZONE blocks are only as good as their rules (the generators we could use emit only a
// zone's current rule, so Asia/Almaty would be +05 even before its change on 1 March 2024 and
// Outlook or Thunderbird would misplace older sessions by an hour). The wall-clock time at the
// venue is kept in each DESCRIPTION for readers in another zone.
import { createTranslator } from '@caravan/i18n';
import { toLocalParts } from '@caravan/tracks';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { ExportSession, ProgrammeExport } from './export.models.js';
import { scheduleTitle } from './schedule.builder.js';

/** How often subscribed clients should look for changes. */
export const FEED_REFRESH_SECONDS = 60 * 60;

export function icsUid(session: Pick<ExportSession, 'id'>, seriesSlug: string): string {
  return `${session.id}@${seriesSlug}.caravan`;
}

/**
 * SEQUENCE must grow with each revision of an event; seconds between creation and the last
 * update do, without storing a revision counter.
 */
export function icsSequence(session: Pick<ExportSession, 'createdAt' | 'updatedAt'>): number {
  return Math.max(0, Math.floor((session.updatedAt.getTime() - session.createdAt.getTime()) / 1000));
}

function describe(session: ExportSession, model: ProgrammeExport): string {
  const t = createTranslator(model.language);
  const zone = model.edition.timeZone;
  const start = toLocalParts(session.startsAt, zone);
  const end = toLocalParts(session.endsAt, zone);
  const lines = [`${start.date} ${start.time}–${end.time} (${zone}, UTC${start.offset})`];
  if (session.description) lines.push('', session.description);
  if (session.speakers.length > 0) {
    lines.push('');
    for (const speaker of session.speakers) {
      lines.push(`${t(`role.${speaker.role}`)}: ${speaker.name}${speaker.position ? ` (${speaker.position})` : ''}`);
    }
  }
  return lines.join('\n');
}

export function renderProgrammeIcs(model: ProgrammeExport): string {
  const calendar = ical({
    name: scheduleTitle(model),
    description: model.edition.theme,
    prodId: { company: 'Caravan', product: 'programme', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: FEED_REFRESH_SECONDS,
    url: model.links.editionPage,
  });
  for (const session of model.sessions) {
    calendar.createEvent({
      id: icsUid(session, model.edition.seriesSlug),
      sequence: icsSequence(session),
      stamp: session.updatedAt,
      lastModified: session.updatedAt,
      created: session.createdAt,
      start: session.startsAt,
      end: session.endsAt,
      summary: session.title,
      description: describe(session, model),
      location: session.room?.name ?? null,
      categories: session.track ? [{ name: session.track.name }] : [],
      url: `${model.links.editionPage}#${encodeURIComponent(session.slug)}`,
    });
  }
  return calendar.toString();
}
