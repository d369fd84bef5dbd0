// Records the write-side tests start from, built through Prisma the way the seed builds them:
// draft editions, and sessions, tracks, venues and rooms that collide with nothing.
import type { PrismaClient } from '@caravan/db';


/** An edition of `seriesId` from 2025-06-10 to 2025-06-12 in `timeZone`. */
export async function seedEdition(
  prisma: PrismaClient,
  seriesId: string,
  number: number,
  options: { timeZone?: string; status?: 'PROPOSED' | 'PLANNED' | 'REGISTRATION_OPEN'; published?: boolean } = {},
): Promise<{ id: string; number: number }> {
  return prisma.edition.create({
    data: {
      seriesId,
      number,
      theme: { en: `Edition ${number}` },
      description: { en: 'Created for a test.' },
      status: options.status ?? 'PLANNED',
      startDate: new Date('2025-06-10T00:00:00Z'),
      endDate: new Date('2025-06-12T00:00:00Z'),
      timeZone: options.timeZone ?? 'Asia/Tbilisi',
      hostCity: { en: 'Tbilisi' },
      workingLanguages: ['en', 'ka', 'ru'],
      published: options.published ?? false,
    },
    select: { id: true, number: true },
  });
}

/** A roomless, speakerless session of 30 minutes at 06:00 UTC on the edition's first day: it clashes with nothing. */
export async function seedLooseSession(prisma: PrismaClient, editionId: string, slug: string, published = true): Promise<string> {
  const edition = await prisma.edition.findUniqueOrThrow({ where: { id: editionId }, select: { startDate: true } });
  const day = edition.startDate ?? new Date('2025-06-10T00:00:00Z');
  const startsAt = new Date(day.getTime() + 6 * 3_600_000);
  const row = await prisma.session.create({
    data: { editionId, slug, kind: 'PANEL', title: { en: `Panel ${slug}` }, startsAt, endsAt: new Date(startsAt.getTime() + 1_800_000), languages: ['en'], published },
    select: { id: true },
  });
  return row.id;
}

export async function seedTrack(prisma: PrismaClient, editionId: string, slug: string): Promise<string> {
  return (await prisma.track.create({ data: { editionId, slug, name: { en: `Track ${slug}` } }, select: { id: true } })).id;
}

export async function seedVenue(prisma: PrismaClient, editionId: string, slug: string): Promise<string> {
  return (await prisma.venue.create({ data: { editionId, slug, name: { en: `Venue ${slug}` } }, select: { id: true } })).id;
}

export async function seedRoom(prisma: PrismaClient, venueId: string, slug: string): Promise<string> {
  return (await prisma.room.create({ data: { venueId, slug, name: { en: `Room ${slug}` } }, select: { id: true } })).id;
}
