// Rows of the programme turned into the read models GraphQL serves: texts resolved once to the
// request's language and local times worked out, so that the schema's fields are plain
// properties. graphql-jit reads a plain property for the cost of a property access, where a
// field resolver costs a call and a resolve-info object per item (thousands on a programme).
// Queries and organizer mutations share these mappers, so both answer the same shapes.
import { toLocalParts } from '@caravan/tracks';
import type { RoomRow, SessionRow, TrackRow, VenueRow } from '../common/db-rows.js';
import { localize, localizeOptional, type ResolvedText } from '../common/localized/localize.js';

/** The session columns a view is built from; reads leave out the bookkeeping timestamps. */
export type SessionSource = Omit<SessionRow, 'createdAt' | 'updatedAt'>;

/** A session as GraphQL serves it: texts in the request's language, times local to the edition. */
export type SessionView = Omit<SessionSource, 'title' | 'description' | 'startsAt' | 'endsAt'> & {
  title: ResolvedText;
  description: ResolvedText | null;
  /** ISO 8601 in UTC. */
  startsAt: string;
  endsAt: string;
  timeZone: string;
  localDate: string;
  localStart: string;
  localEnd: string;
};

/** A track as GraphQL serves it; still a TrackRow for modules that pass tracks on. */
export type TrackView = Omit<TrackRow, 'name'> & { name: ResolvedText };

/** A room as GraphQL serves it, with its venue's name. */
export type RoomView = Omit<RoomRow, 'name'> & { name: ResolvedText; venueName: ResolvedText };

// Fields are listed rather than spread from the row: a full row from a mutation would otherwise
// carry its timestamps along, and a literal gives every view one shape, which the engine reads
// faster on a 200-session programme.
export function toSessionModel(row: SessionSource, timeZone: string, lang: string): SessionView {
  const start = toLocalParts(row.startsAt, timeZone);
  const end = toLocalParts(row.endsAt, timeZone);
  return {
    id: row.id,
    editionId: row.editionId,
    slug: row.slug,
    kind: row.kind,
    roomId: row.roomId,
    trackId: row.trackId,
    languages: row.languages,
    interpretation: row.interpretation,
    published: row.published,
    title: localize(row.title, lang),
    description: localizeOptional(row.description, lang),
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    timeZone,
    localDate: start.date,
    localStart: start.time,
    localEnd: end.time,
  };
}

export function toTrackModel(row: TrackRow, lang: string): TrackView {
  return { ...row, name: localize(row.name, lang) };
}

export function toRoomModel(row: RoomRow & { venue: VenueRow }, lang: string): RoomView {
  const { venue, ...room } = row;
  return { ...room, name: localize(room.name, lang), venueName: localize(venue.name, lang) };
}
