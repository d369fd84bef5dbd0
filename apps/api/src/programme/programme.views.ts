// The programme of an edition as GraphQL serves it, built from the programme read model of
// @caravan/db/read-models (the same one the exports and the worker read): texts resolved once to
// the request's language and local times worked out, so that the schema's fields are plain
// properties. graphql-jit reads a plain property for the cost of a property access, where a field
// resolver costs a call and a resolve-info object per item (thousands on a programme). Queries
// and organizer mutations share these mappers, so both answer the same shapes.
import { optionalTextColumn, textColumn, type ProgrammeContent, type ProgrammeRoom, type ProgrammeSession, type ProgrammeTrack } from '@caravan/db/read-models';
import { toLocalParts } from '@caravan/tracks';
import type { RoomRow, SessionRow, TrackRow, VenueRow } from '../common/db-rows.js';
import type { SessionKind, SessionRole } from '../common/graphql/enums.js';
import { localize, localizeOptional, type ResolvedText } from '../common/localized/localize.js';
import { toPersonView, type PersonView } from '../people/people.views.js';

/** A session as GraphQL serves it: texts in the request's language, times local to the edition. */
export interface SessionView {
  id: string;
  /** Edit version; update mutations take it as expectedVersion. */
  version: number;
  editionId: string;
  slug: string;
  kind: SessionKind;
  roomId: string | null;
  trackId: string | null;
  languages: string[];
  interpretation: string[];
  published: boolean;
  title: ResolvedText;
  description: ResolvedText | null;
  /** ISO 8601 in UTC. */
  startsAt: string;
  endsAt: string;
  timeZone: string;
  localDate: string;
  localStart: string;
  localEnd: string;
}

export interface TrackView {
  id: string;
  /** Edit version; update mutations take it as expectedVersion. */
  version: number;
  editionId: string;
  slug: string;
  taxonomySlug: string | null;
  name: ResolvedText;
}

export interface RoomView {
  id: string;
  /** Edit version; update mutations take it as expectedVersion. */
  version: number;
  slug: string;
  name: ResolvedText;
  venueName: ResolvedText;
}

/** A person taking part in a session, as Session.speakers serves it. */
export interface SpeakerView {
  role: SessionRole;
  position: number;
  person: PersonView;
}

/** Where a session or programme sits: the edition, its series (for visibility) and its clock. */
export interface EditionClock {
  id: string;
  seriesId: string;
  timeZone: string;
}

/** A session row (organizer mutations) or read-model session, in the shape SessionView is built from. */
type SessionSource = Pick<ProgrammeSession, 'id' | 'version' | 'editionId' | 'slug' | 'kind' | 'roomId' | 'trackId' | 'languages' | 'interpretation' | 'published' | 'startsAt' | 'endsAt'> & {
  title: ProgrammeSession['title'] | SessionRow['title'];
  description: ProgrammeSession['description'] | SessionRow['description'];
};

// Fields are listed rather than spread from the source: a literal gives every view one shape,
// which the engine reads faster on a 200-session programme.
export function toSessionView(session: SessionSource, timeZone: string, lang: string): SessionView {
  const start = toLocalParts(session.startsAt, timeZone);
  const end = toLocalParts(session.endsAt, timeZone);
  return {
    id: session.id,
    version: session.version,
    editionId: session.editionId,
    slug: session.slug,
    kind: session.kind,
    roomId: session.roomId,
    trackId: session.trackId,
    languages: session.languages,
    interpretation: session.interpretation,
    published: session.published,
    title: localize(textColumn(session.title, `Session ${session.slug} title`), lang),
    description: localizeOptional(optionalTextColumn(session.description, `Session ${session.slug} description`), lang),
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    timeZone,
    localDate: start.date,
    localStart: start.time,
    localEnd: end.time,
  };
}

export function toTrackView(track: ProgrammeTrack | TrackRow, lang: string): TrackView {
  return { id: track.id, version: track.version, editionId: track.editionId, slug: track.slug, taxonomySlug: track.taxonomySlug, name: localize(textColumn(track.name, `Track ${track.slug} name`), lang) };
}

export function toRoomView(room: ProgrammeRoom | (RoomRow & { venue: VenueRow }), lang: string): RoomView {
  return {
    id: room.id,
    version: room.version,
    slug: room.slug,
    name: localize(textColumn(room.name, `Room ${room.slug} name`), lang),
    venueName: localize(textColumn(room.venue.name, `Venue ${room.venue.slug} name`), lang),
  };
}

/** An edition's programme in one language, with lookups for the fields that point into it. */
export interface ProgrammeViews {
  sessions: SessionView[];
  sessionsById: ReadonlyMap<string, SessionView>;
  tracks: TrackView[];
  tracksById: ReadonlyMap<string, TrackView>;
  rooms: RoomView[];
  roomsById: ReadonlyMap<string, RoomView>;
  speakersBySession: ReadonlyMap<string, SpeakerView[]>;
  /** Local dates that have sessions, in order. */
  days: string[];
}

export function toProgrammeViews(content: ProgrammeContent, timeZone: string, lang: string): ProgrammeViews {
  const people = new Map<string, PersonView>();
  for (const [id, person] of content.people) people.set(id, toPersonView(person, lang));
  const sessions = content.sessions.map((s) => toSessionView(s, timeZone, lang));
  const tracks = content.tracks.map((t) => toTrackView(t, lang));
  const rooms = content.rooms.map((r) => toRoomView(r, lang));
  const speakersBySession = new Map<string, SpeakerView[]>();
  for (const session of content.sessions) {
    const speakers: SpeakerView[] = [];
    for (const speaker of session.speakers) {
      const person = people.get(speaker.personId);
      if (person) speakers.push({ role: speaker.role, position: speaker.position, person });
    }
    speakersBySession.set(session.id, speakers);
  }
  return {
    sessions,
    sessionsById: new Map(sessions.map((s) => [s.id, s])),
    tracks,
    tracksById: new Map(tracks.map((t) => [t.id, t])),
    rooms,
    roomsById: new Map(rooms.map((r) => [r.id, r])),
    speakersBySession,
    days: [...new Set(sessions.map((s) => s.localDate))],
  };
}
