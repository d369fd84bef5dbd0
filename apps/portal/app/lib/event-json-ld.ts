// schema.org Event descriptions of an edition and of one of its sessions (JSON-LD), so that search
// engines show their dates and place. Dates are the edition's local calendar dates; a session's
// times are instants in UTC.
import type { EditionStatus } from './page-data.js';

const EVENT_STATUS: Partial<Record<EditionStatus, string>> = {
  PLANNED: 'https://schema.org/EventScheduled',
  REGISTRATION_OPEN: 'https://schema.org/EventScheduled',
  LIVE: 'https://schema.org/EventScheduled',
};

export interface EditionEventInput {
  name: string;
  description: string;
  url: string;
  startDate: string | null;
  endDate: string | null;
  status: EditionStatus;
  city: string;
  countryCode: string | null;
  language: string;
}

export function editionEvent(input: EditionEventInput): Record<string, unknown> {
  const event: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: input.language,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: input.city, address: { '@type': 'PostalAddress', addressLocality: input.city, ...(input.countryCode ? { addressCountry: input.countryCode } : {}) } },
  };
  if (input.startDate) event['startDate'] = input.startDate;
  if (input.endDate) event['endDate'] = input.endDate;
  const status = EVENT_STATUS[input.status];
  if (status) event['eventStatus'] = status;
  return event;
}

export interface SessionEventInput {
  name: string;
  description: string | null;
  url: string;
  startsAt: string;
  endsAt: string;
  room: string | null;
  city: string;
  speakers: readonly string[];
  language: string;
  edition: { name: string; url: string };
}

export function sessionEvent(input: SessionEventInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    url: input.url,
    inLanguage: input.language,
    startDate: input.startsAt,
    endDate: input.endsAt,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: input.room ? `${input.room}, ${input.city}` : input.city, address: { '@type': 'PostalAddress', addressLocality: input.city } },
    ...(input.speakers.length > 0 ? { performer: input.speakers.map((name) => ({ '@type': 'Person', name })) } : {}),
    superEvent: { '@type': 'Event', name: input.edition.name, url: input.edition.url },
  };
}
