// An edition of a series and what hangs off it directly: co-organizers, venue and rooms, tracks.
import { ZEditionInput, ZRoomInput, ZTrackInput, ZVenueInput, type EditionInput } from '@caravan/forums';
import { getTrack, type TrackSlug } from '@caravan/tracks';
import type { Edition, PrismaClient, Room, Track } from '../generated/prisma/client.js';
import { dateColumn } from '../read-models/calendar-date.js';
import { validate } from './validate.js';

type Text = Record<string, string>;

export interface EditionSeed extends EditionInput {
  attendanceNote?: Text;
  coOrganizerSlugs: string[];
}


export async function upsertEdition(prisma: PrismaClient, seriesId: string, input: EditionSeed): Promise<Edition> {
  const { coOrganizerSlugs, attendanceNote, ...editionInput } = input;
  const edition = validate(ZEditionInput, editionInput, `edition ${input.number}`);
  const data = {
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
  const saved = await prisma.edition.upsert({
    where: { seriesId_number: { seriesId, number: edition.number } },
    create: { seriesId, number: edition.number, ...data },
    update: data,
  });
  for (const slug of coOrganizerSlugs) {
    const organization = await prisma.organization.findUniqueOrThrow({ where: { slug } });
    await prisma.editionOrganizer.upsert({
      where: { editionId_organizationId: { editionId: saved.id, organizationId: organization.id } },
      create: { editionId: saved.id, organizationId: organization.id },
      update: {},
    });
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
export async function upsertRoom(prisma: PrismaClient, venueId: string, input: RoomSeed, position: number): Promise<Room> {
  const room = validate(ZRoomInput, { ...input, position }, `room ${input.slug}`);
  const data = { name: room.name, capacity: room.capacity ?? null, position };
  return prisma.room.upsert({ where: { venueId_slug: { venueId, slug: room.slug } }, create: { venueId, slug: room.slug, ...data }, update: data });
}

/** The venue and its rooms; returns the rooms by slug. */
export async function upsertVenue(prisma: PrismaClient, editionId: string, input: VenueSeed): Promise<Map<string, Room>> {
  const venue = validate(ZVenueInput, { slug: input.slug, name: input.name, address: input.address }, `venue ${input.slug}`);
  const data = { name: venue.name, ...(venue.address ? { address: venue.address } : {}) };
  const saved = await prisma.venue.upsert({
    where: { editionId_slug: { editionId, slug: venue.slug } },
    create: { editionId, slug: venue.slug, ...data },
    update: data,
  });
  const rooms = new Map<string, Room>();
  for (const [position, room] of input.rooms.entries()) rooms.set(room.slug, await upsertRoom(prisma, saved.id, room, position));
  return rooms;
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

/** The tracks of an edition, in order; returns them by slug. */
export async function upsertTracks(prisma: PrismaClient, editionId: string, tracks: TrackSeed[]): Promise<Map<string, Track>> {
  const saved = new Map<string, Track>();
  for (const [position, input] of tracks.entries()) {
    const slug = input.slug ?? input.taxonomySlug ?? '';
    const track = validate(ZTrackInput, { ...input, slug, position }, `track ${slug}`);
    const description = track.description ?? (track.taxonomySlug ? getTrack(track.taxonomySlug).description : undefined);
    const data = { taxonomySlug: track.taxonomySlug ?? null, name: track.name, description, position };
    saved.set(
      track.slug,
      await prisma.track.upsert({ where: { editionId_slug: { editionId, slug: track.slug } }, create: { editionId, slug: track.slug, ...data }, update: data }),
    );
  }
  return saved;
}
