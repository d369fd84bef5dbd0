// An edition of a series and what hangs off it directly: co-organizers, venue and rooms, tracks.
import { ZEditionInput, type EditionInput } from '@caravan/forums';
import { getTrack } from '@caravan/tracks';
import type { Edition, PrismaClient, Room, Track } from '../generated/prisma/client.js';
import { validate } from './validate.js';

type Text = Record<string, string>;

export interface EditionSeed extends EditionInput {
  attendanceNote?: Text;
  coOrganizerSlugs: string[];
}

const day = (date: string | null | undefined): Date | null => (date ? new Date(`${date}T00:00:00Z`) : null);

export async function upsertEdition(prisma: PrismaClient, seriesId: string, input: EditionSeed): Promise<Edition> {
  const { coOrganizerSlugs, attendanceNote, ...editionInput } = input;
  const edition = validate(ZEditionInput, editionInput, `edition ${input.number}`);
  const data = {
    theme: edition.theme,
    description: edition.description ?? {},
    status: edition.status ?? 'PROPOSED',
    startDate: day(edition.startDate),
    endDate: day(edition.endDate),
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

export interface VenueSeed {
  slug: string;
  name: Text;
  address?: Text;
  rooms: { slug: string; name: Text; capacity?: number }[];
}

/** The venue and its rooms; returns the rooms by slug. */
export async function upsertVenue(prisma: PrismaClient, editionId: string, input: VenueSeed): Promise<Map<string, Room>> {
  const data = { name: input.name, ...(input.address ? { address: input.address } : {}) };
  const venue = await prisma.venue.upsert({
    where: { editionId_slug: { editionId, slug: input.slug } },
    create: { editionId, slug: input.slug, ...data },
    update: data,
  });
  const rooms = new Map<string, Room>();
  for (const [position, room] of input.rooms.entries()) {
    const roomData = { name: room.name, capacity: room.capacity ?? null, position };
    rooms.set(
      room.slug,
      await prisma.room.upsert({
        where: { venueId_slug: { venueId: venue.id, slug: room.slug } },
        create: { venueId: venue.id, slug: room.slug, ...roomData },
        update: roomData,
      }),
    );
  }
  return rooms;
}

export interface TrackSeed {
  /** A @caravan/tracks slug; the edition track takes the same slug. */
  taxonomySlug: string;
  /** The edition's own name for it (e.g. the sub-forum title); defaults to the taxonomy name. */
  name?: Text;
}

export async function upsertTracks(prisma: PrismaClient, editionId: string, tracks: TrackSeed[]): Promise<Map<string, Track>> {
  const saved = new Map<string, Track>();
  for (const [position, track] of tracks.entries()) {
    const definition = getTrack(track.taxonomySlug);
    const data = {
      taxonomySlug: definition.slug,
      name: track.name ?? definition.name,
      description: definition.description,
      position,
    };
    saved.set(
      definition.slug,
      await prisma.track.upsert({
        where: { editionId_slug: { editionId, slug: definition.slug } },
        create: { editionId, slug: definition.slug, ...data },
        update: data,
      }),
    );
  }
  return saved;
}
