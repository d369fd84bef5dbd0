// Builds the frab/pretalx schedule document (the c3voc "schedule" interchange format) from a
// programme export. schedule.json is this object; schedule.xml is the same data as XML.
import { datesBetween } from '@caravan/db/read-models';
import { fromLocal, toLocalParts } from '@caravan/tracks';
import type { ExportSession, ProgrammeExport } from './export.models.js';
import { formatDuration, toLocalIso } from './local-time-format.js';
import {
  personIntegerId,
  scheduleAcronym,
  scheduleEventSlug,
  scheduleEventType,
  scheduleGuid,
  stableIntegerIds,
} from './schedule-ids.js';

export const SCHEDULE_SCHEMA_URL = 'https://c3voc.de/schedule/schema.json';
export const GENERATOR_NAME = 'caravan';

export interface SchedulePerson {
  guid: string;
  id: number;
  public_name: string;
  biography: string | null;
}

export interface ScheduleEvent {
  guid: string;
  id: number;
  date: string;
  start: string;
  end: string;
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string | null;
  track: string | null;
  type: string;
  language: string | null;
  abstract: string | null;
  description: string | null;
  persons: SchedulePerson[];
  links: never[];
  attachments: never[];
}

export interface ScheduleDay {
  index: number;
  date: string;
  day_start: string;
  day_end: string;
  rooms: Record<string, ScheduleEvent[]>;
}

export interface ScheduleRoom {
  name: string;
  guid: string;
  capacity: number | null;
}

export interface ScheduleConference {
  acronym: string;
  title: string;
  description: string;
  start: string;
  end: string;
  daysCount: number;
  timeslot_duration: string;
  time_zone_name?: string;
  url: string;
  tracks: { name: string; slug: string }[];
  rooms: ScheduleRoom[];
  days: ScheduleDay[];
}

export interface ScheduleDocument {
  $schema: string;
  generator: { name: string; url: string };
  schedule: { version: string; base_url: string; conference: ScheduleConference };
}

// The JSON schema's pattern for zone names; a zone outside it (e.g. "Etc/GMT+5") is left out
// rather than published in a form validators reject.
const TIME_ZONE_NAME = /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** The largest grid (5 to 60 minutes) on which every session starts and ends. */
function timeslotDuration(sessions: readonly ExportSession[], timeZone: string): string {
  let step = 0;
  for (const session of sessions) {
    const [hours, minutes] = toLocalParts(session.startsAt, timeZone).time.split(':').map(Number);
    step = gcd(step, (hours ?? 0) * 60 + (minutes ?? 0));
    step = gcd(step, Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000));
  }
  const minutes = step === 0 ? 15 : Math.min(60, Math.max(5, step));
  return formatDuration(new Date(0), new Date(minutes * 60_000));
}

function programmeDates(model: ProgrammeExport): string[] {
  const sessionDates = model.sessions.map((s) => toLocalParts(s.startsAt, model.edition.timeZone).date);
  const known = [model.edition.startDate, model.edition.endDate, ...sessionDates].filter((d): d is string => d !== null).sort();
  const first = known[0];
  const last = known[known.length - 1];
  return first === undefined || last === undefined ? [] : datesBetween(first, last);
}

function sessionUrl(model: ProgrammeExport, session: ExportSession): string {
  return `${model.links.editionPage}#${encodeURIComponent(session.slug)}`;
}

// Sessions without a room still need a room name in this format; they are grouped under one.
export const NO_ROOM = 'Room to be announced';

export function buildSchedule(model: ProgrammeExport): ScheduleDocument {
  const { edition } = model;
  const zone = edition.timeZone;
  const acronym = scheduleAcronym(edition.seriesSlug, edition.number);
  const guids = new Map(model.sessions.map((s) => [s.id, scheduleGuid('session', s.id)]));
  const ids = stableIntegerIds([...guids.values()]);
  const dates = programmeDates(model);

  const toEvent = (session: ExportSession): ScheduleEvent => {
    const guid = guids.get(session.id) ?? scheduleGuid('session', session.id);
    return {
      guid,
      id: ids.get(guid) ?? 1,
      date: toLocalIso(session.startsAt, zone),
      start: toLocalParts(session.startsAt, zone).time,
      end: toLocalIso(session.endsAt, zone),
      duration: formatDuration(session.startsAt, session.endsAt),
      room: session.room?.name ?? NO_ROOM,
      slug: scheduleEventSlug(acronym, session.slug),
      url: sessionUrl(model, session),
      title: session.title,
      subtitle: null,
      track: session.track?.name ?? null,
      type: scheduleEventType(session.kind),
      language: session.languages[0] ?? null,
      abstract: session.description,
      description: null,
      persons: session.speakers.map((speaker) => {
        const personGuid = scheduleGuid('person', speaker.personId);
        return { guid: personGuid, id: personIntegerId(personGuid), public_name: speaker.name, biography: speaker.position };
      }),
      links: [],
      attachments: [],
    };
  };

  const roomOrder = new Map(model.rooms.map((room, index) => [room.name, index]));
  const days = dates.map((date, index): ScheduleDay => {
    const rooms: Record<string, ScheduleEvent[]> = {};
    const onDay = model.sessions.filter((s) => toLocalParts(s.startsAt, zone).date === date);
    const names = [...new Set(onDay.map((s) => s.room?.name ?? NO_ROOM))].sort(
      (a, b) => (roomOrder.get(a) ?? Number.MAX_SAFE_INTEGER) - (roomOrder.get(b) ?? Number.MAX_SAFE_INTEGER),
    );
    for (const name of names) rooms[name] = onDay.filter((s) => (s.room?.name ?? NO_ROOM) === name).map(toEvent);
    return {
      index: index + 1,
      date,
      day_start: toLocalIso(fromLocal(date, '00:00', zone), zone),
      day_end: toLocalIso(fromLocal(date, '23:59', zone), zone),
      rooms,
    };
  });

  const conference: ScheduleConference = {
    acronym,
    title: scheduleTitle(model),
    description: edition.theme,
    start: dates[0] ?? edition.startDate ?? '',
    end: dates[dates.length - 1] ?? edition.endDate ?? '',
    daysCount: dates.length,
    timeslot_duration: timeslotDuration(model.sessions, zone),
    ...(TIME_ZONE_NAME.test(zone) ? { time_zone_name: zone } : {}),
    url: model.links.editionPage,
    tracks: model.tracks.map((t) => ({ name: t.name, slug: t.slug })),
    rooms: model.rooms.map((room) => ({ name: room.name, guid: scheduleGuid('room', room.id), capacity: room.capacity })),
    days,
  };
  return {
    $schema: SCHEDULE_SCHEMA_URL,
    generator: { name: GENERATOR_NAME, url: model.links.exportBase },
    schedule: { version: model.lastModified.toISOString(), base_url: `${model.links.exportBase}/`, conference },
  };
}

/** "<series> <number> · <host city>", narrowed feeds add " · <track>"; no words to translate. */
export function scheduleTitle(model: ProgrammeExport): string {
  const parts = [`${model.edition.seriesName} ${model.edition.number}`, model.edition.hostCity, model.track?.name];
  return parts.filter((part): part is string => Boolean(part)).join(' · ');
}
