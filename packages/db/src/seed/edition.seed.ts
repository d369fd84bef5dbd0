// An edition of a series and what hangs off it directly: co-organizers, venue and rooms, tracks.
// Each builder creates what is missing and returns an existing record as it is.
import { ZEditionInput, ZRoomInput, ZTrackInput, ZVenueInput, type EditionInput } from '@caravan/forums';
import { getTrack, type TrackSlug } from '@caravan/tracks';
import type { Edition, Room, Track } from '../generated/prisma/client.js';
import { dateColumn } from '../read-models/calendar-date.js';
import type { SeedClient } from './seed-client.js';
import { validate } from './validate.js';

type Text = Record<string, string>;

export interface EditionSeed extends EditionInput {
  attendanceNote?: Text;
  coOrganizerSlugs: string[];
}

/** The edition with its co-organizers, unless the series already has an edition of that number. */
export async function ensureEdition(prisma: SeedClient, seriesId: string, input: EditionSeed): Promise<Edition> {
  const { coOrganizerSlugs, attendanceNote, ...editionInput } = input;
  const edition = validate(ZEditionInput, editionInput, `edition ${input.number}`);
  const data = {
    seriesId,
    number: edition.number,
    theme: edition.theme,
    description: edition.description ?? {},
    status: edition.status ?? 'PROPOSED',
    startDate: dateColumn(edition.startDate),
    endDate: dateColumn(edition.endDate),
    timeZone: edition.timeZone,
    hostCity: edition.hostCity,
    hostCountryCode: edition.hostCountryCode ?? null,
    hostSubdivisionId: edition.hostSubdivisionId ?? null,
    workingLanguages: [...edition.workingLanguages],
    attendance: edition.attendance ?? null,
    ...(attendanceNote ? { attendanceNote } : {}),
    published: edition.published ?? true,
  };
  const { count } = await prisma.edition.createMany({ data: [data], skipDuplicates: true });
  const saved = await prisma.edition.findUniqueOrThrow({ where: { seriesId_number: { seriesId, number: edition.number } } });
  if (count === 0) return saved;
  for (const slug of coOrganizerSlugs) {
    const organization = await prisma.organization.findUniqueOrThrow({ where: { slug } });
    await prisma.editionOrganizer.create({ data: { editionId: saved.id, organizationId: organization.id } });
  }
  return saved;
}

export interface RoomSeed {
  slug: string;
  name: Text;
  capacity?: number;
}

export interface VenueSeed {
  slug: string;
  name: Text;
  address?: Text;
  rooms: RoomSeed[];
}

/** A room of a venue, `position`-th in its order. */
export async function ensureRoom(prisma: SeedClient, venueId: string, input: RoomSeed, position: number): Promise<Room> {
  const room = validate(ZRoomInput, { ...input, position }, `room ${input.slug}`);
  await prisma.room.createMany({ data: [{ venueId, slug: room.slug, name: room.name, capacity: room.capacity ?? null, position }], skipDuplicates: true });
  return prisma.room.findUniqueOrThrow({ where: { venueId_slug: { venueId, slug: room.slug } } });
}

/** The venue and its rooms unless the edition has a venue of that slug; returns the venue's rooms by slug. */
export async function ensureVenue(prisma: SeedClient, editionId: string, input: VenueSeed): Promise<Map<string, Room>> {
  const venue = validate(ZVenueInput, { slug: input.slug, name: input.name, address: input.address }, `venue ${input.slug}`);
  const data = { editionId, slug: venue.slug, name: venue.name, ...(venue.address ? { address: venue.address } : {}) };
  const { count } = await prisma.venue.createMany({ data: [data], skipDuplicates: true });
  const saved = await prisma.venue.findUniqueOrThrow({ where: { editionId_slug: { editionId, slug: venue.slug } } });
  if (count > 0) for (const [position, room] of input.rooms.entries()) await ensureRoom(prisma, saved.id, room, position);
  const rooms = await prisma.room.findMany({ where: { venueId: saved.id } });
  return new Map(rooms.map((room) => [room.slug, room]));
}

export interface TrackSeed {
  /** A @caravan/tracks slug the track comes from; leave out for a custom track (then give a name). */
  taxonomySlug?: TrackSlug;
  /** The edition's slug for it; the taxonomy slug when left out. */
  slug?: string;
  /** The edition's own name for it (e.g. the sub-forum title); defaults to the taxonomy name. */
  name?: Text;
  description?: Text;
}

/** The tracks of an edition, in order, each unless its slug is taken; returns them by slug. */
export async function ensureTracks(prisma: SeedClient, editionId: string, tracks: TrackSeed[]): Promise<Map<string, Track>> {
  const saved = new Map<string, Track>();
  for (const [position, input] of tracks.entries()) {
    const slug = input.slug ?? input.taxonomySlug ?? '';
    const track = validate(ZTrackInput, { ...input, slug, position }, `track ${slug}`);
    const description = track.description ?? (track.taxonomySlug ? getTrack(track.taxonomySlug).description : undefined);
    const data = { editionId, slug: track.slug, taxonomySlug: track.taxonomySlug ?? null, name: track.name, ...(description ? { description } : {}), position };
    await prisma.track.createMany({ data: [data], skipDuplicates: true });
    saved.set(track.slug, await prisma.track.findUniqueOrThrow({ where: { editionId_slug: { editionId, slug: track.slug } } }));
  }
  return saved;
}
