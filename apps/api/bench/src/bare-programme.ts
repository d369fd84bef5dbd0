// The bare handler's work: run the api's statements in the api's order of dependence (each
// statement's parameters come from the rows before it, as Prisma and the DataLoaders compute
// them) and build the very JSON body the GraphQL endpoint returns for PROGRAMME_QUERY.
import { pickText } from '@caravan/regions';
import { toLocalParts } from '@caravan/tracks';
import { statements } from './bare-statements.js';
import type { Statement } from './statement.js';

/** Whatever runs a statement: a pg Pool, or a recorder around one. */
export type RunStatement = <R>(statement: Statement) => Promise<R[]>;

type Json = Record<string, unknown>;
type Text = { text: string; language: string; fallback: boolean };

interface EditionRow {
  id: string;
  number: number;
  theme: unknown;
  startDate: string | null;
  endDate: string | null;
  timeZone: string;
  hostCity: unknown;
}
interface SessionRow {
  id: string;
  slug: string;
  kind: string;
  title: unknown;
  startsAt: Date;
  endsAt: Date;
  roomId: string | null;
  trackId: string | null;
}
interface RoomRow {
  id: string;
  venueId: string;
  slug: string;
  name: unknown;
}
interface VenueRow {
  id: string;
  name: unknown;
}
interface TrackRow {
  id: string;
  slug: string;
  name: unknown;
}
interface ParticipantRow {
  sessionId: string;
  personId: string;
  role: 'KEYNOTE' | 'MODERATOR' | 'SPEAKER';
  position: number;
}
interface PersonRow {
  id: string;
  slug: string;
  name: unknown;
  position: unknown;
  organizationId: string | null;
  countryCode: string | null;
}
interface OrganizationRow {
  id: string;
  name: unknown;
}
interface CountryRow {
  code: string;
  name: unknown;
}

const ROLE_ORDER = { KEYNOTE: 0, MODERATOR: 1, SPEAKER: 2 } as const;

function localizeOptional(value: unknown, lang: string): Text | null {
  const isText =
    typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((text) => typeof text === 'string');
  return isText ? pickText(value as Record<string, string>, lang) : null;
}

function localize(value: unknown, lang: string): Text {
  return localizeOptional(value, lang) ?? { text: '', language: lang, fallback: true };
}

/** Distinct values in first-seen order: the keys a DataLoader batches, in its order. */
function distinct(values: readonly (string | null)[]): string[] {
  return [...new Set(values.filter((value): value is string => value !== null))];
}

function indexBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T> {
  return new Map(rows.map((row) => [key(row), row] as const));
}

/** Reads rows by key when there are keys; a DataLoader with nothing to load sends nothing. */
async function load<R>(run: RunStatement, keys: readonly string[], statement: (keys: readonly string[]) => Statement): Promise<R[]> {
  return keys.length === 0 ? [] : run<R>(statement(keys));
}

/** Rooms with their venues: Prisma's `include` reads the venues in a second statement. */
async function roomsWithVenues(run: RunStatement, rooms: Promise<RoomRow[]>): Promise<(RoomRow & { venue: VenueRow })[]> {
  const rows = await rooms;
  const venues = indexBy(await load<VenueRow>(run, rows.map((r) => r.venueId), statements.venuesByIds), (v) => v.id);
  return rows.flatMap((room) => {
    const venue = venues.get(room.venueId);
    return venue ? [{ ...room, venue }] : [];
  });
}

/**
 * The `{ data: { edition } }` body for one published edition, or null when the series has no
 * such published edition (the api answers that with a NOT_FOUND error).
 */
export async function loadProgramme(run: RunStatement, series: string, number: number, lang: string): Promise<Json | null> {
  const [edition] = await run<EditionRow>(statements.publishedEdition(series, number));
  if (!edition) return null;

  const sessionsRead = run<SessionRow>(statements.publishedSessions(edition.id));
  const roomsRead = roomsWithVenues(run, run<RoomRow>(statements.roomsOfEdition(edition.id)));
  const tracksRead = run<TrackRow>(statements.tracksOfEdition(edition.id));

  // The programme read model reads sessions, rooms and tracks together, then the speakers;
  // a session's room and track are looked up in the edition's own.
  const sessions = await sessionsRead;
  const speakers = await loadSpeakers(run, sessions);
  const [rooms, tracks] = await Promise.all([roomsRead, tracksRead]);
  const roomById = indexBy(rooms, (r) => r.id);
  const trackById = indexBy(tracks, (t) => t.id);

  // Organizations and countries are batched over every speaker, in the order the response lists them.
  const people = [...sessions].flatMap((session) => (speakers.get(session.id) ?? []).map((speaker) => speaker.person));
  const [organizations, countries] = await Promise.all([
    load<OrganizationRow>(run, distinct(people.map((p) => p.organizationId)), statements.organizationsByIds),
    load<CountryRow>(run, distinct(people.map((p) => p.countryCode)), statements.countriesByCodes),
  ]);
  const organizationById = indexBy(organizations, (o) => o.id);
  const countryByCode = indexBy(countries, (c) => c.code);

  const sessionViews = sessions.map((session) => {
    const start = toLocalParts(session.startsAt, edition.timeZone);
    const end = toLocalParts(session.endsAt, edition.timeZone);
    return { session, localDate: start.date, localStart: start.time, localEnd: end.time };
  });
  const track = (row: TrackRow | undefined): Json | null => (row ? { id: row.id, slug: row.slug, name: localize(row.name, lang) } : null);

  return {
    data: {
      edition: {
        id: edition.id,
        number: edition.number,
        timeZone: edition.timeZone,
        startDate: edition.startDate,
        endDate: edition.endDate,
        theme: localize(edition.theme, lang),
        hostCity: localize(edition.hostCity, lang),
        programmeDays: [...new Set(sessionViews.map((view) => view.localDate))],
        rooms: rooms.map((room) => ({ id: room.id, slug: room.slug, name: localize(room.name, lang), venueName: localize(room.venue.name, lang) })),
        tracks: tracks.map((row) => track(row)),
        sessions: sessionViews.map(({ session, localDate, localStart, localEnd }) => {
          const room = session.roomId === null ? undefined : roomById.get(session.roomId);
          return {
            id: session.id,
            slug: session.slug,
            kind: session.kind,
            startsAt: session.startsAt.toISOString(),
            endsAt: session.endsAt.toISOString(),
            localDate,
            localStart,
            localEnd,
            title: localize(session.title, lang),
            room: room ? { id: room.id, slug: room.slug, name: localize(room.name, lang) } : null,
            track: track(session.trackId === null ? undefined : trackById.get(session.trackId)),
            speakers: (speakers.get(session.id) ?? []).map(({ role, person }) => {
              const organization = person.organizationId === null ? undefined : organizationById.get(person.organizationId);
              const country = person.countryCode === null ? undefined : countryByCode.get(person.countryCode);
              return {
                role,
                person: {
                  id: person.id,
                  slug: person.slug,
                  name: localize(person.name, lang),
                  position: localizeOptional(person.position, lang),
                  organization: organization ? { id: organization.id, name: localize(organization.name, lang) } : null,
                  country: country ? { code: country.code, name: localize(country.name, lang) } : null,
                },
              };
            }),
          };
        }),
      },
    },
  };
}

/** Speakers per session id: keynotes, moderators, then speakers, each by position. */
async function loadSpeakers(run: RunStatement, sessions: readonly SessionRow[]): Promise<Map<string, { role: ParticipantRow['role']; person: PersonRow }[]>> {
  const participants = await load<ParticipantRow>(run, sessions.map((s) => s.id), statements.participantsOfSessions);
  // The people loader: each speaker once, in the order the participant rows name them.
  const persons = indexBy(await load<PersonRow>(run, distinct(participants.map((p) => p.personId)), statements.publishedPersonsByIds), (p) => p.id);
  const bySession = new Map<string, { role: ParticipantRow['role']; position: number; person: PersonRow }[]>();
  for (const participant of participants) {
    const person = persons.get(participant.personId);
    if (!person) continue;
    const list = bySession.get(participant.sessionId) ?? [];
    list.push({ role: participant.role, position: participant.position, person });
    bySession.set(participant.sessionId, list);
  }
  return new Map(
    [...bySession].map(([sessionId, list]) => [
      sessionId,
      list.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.position - b.position).map(({ role, person }) => ({ role, person })),
    ]),
  );
}
