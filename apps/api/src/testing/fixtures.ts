// Test records of the api, built with the record builders of @caravan/db/seed (the ones the demo
// data set is made of), so fixtures go through the same domain schemas as the seed and the api:
// a small, realistic series with one edition in Yinchuan (Asia/Shanghai), draft editions and
// loose sessions for the write side, organizer accounts with grants, and the registry records
// of the authorization matrix.
import { randomUUID } from 'node:crypto';
import type { OrganizerRole, PrismaClient } from '@caravan/db';
import { calendarDate, dateColumn } from '@caravan/db/read-models';
import {
  seedCatalogue,
  ensureAgreement,
  ensureDelegation,
  ensureEdition,
  ensureIndicator,
  ensureOrganization,
  ensurePerson,
  ensureRoom,
  ensureSeries,
  ensureSession,
  ensureStatement,
  ensureTracks,
  ensureUser,
  ensureVenue,
  type EditionSeed,
} from '@caravan/db/seed';
import type { Credentials } from './test-api.js';

export { seedCatalogue };

export interface ForumFixture {
  seriesId: string;
  editionId: string;
  seriesSlug: string;
  editionNumber: number;
}

/** Slot `index` of a 30-minute grid from 09:30 to 23:30 local, filling one day after the other. */
function slot(index: number, firstDay: string): { date: string; from: string; to: string } {
  const perDay = 28;
  const day = dateColumn(firstDay);
  day.setUTCDate(day.getUTCDate() + Math.floor(index / perDay));
  const minutes = 9 * 60 + 30 + (index % perDay) * 30;
  const time = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return { date: calendarDate(day), from: time(minutes), to: time(minutes + 30) };
}

/**
 * A published series with a published edition 11 (two days in Yinchuan, one room, one track,
 * `sessions` sessions of 30 minutes from 09:30 local, each with a speaker and a moderator), a
 * draft edition 12, a draft session and a delegation. Needs the catalogue (seedCatalogue).
 */
export async function seedForum(prisma: PrismaClient, options: { sessions?: number; slug?: string; number?: number } = {}): Promise<ForumFixture> {
  const seriesSlug = options.slug ?? 'china-central-asia';
  const editionNumber = options.number ?? 11;
  const org = await ensureOrganization(prisma, { slug: `${seriesSlug}-secretariat`, name: { en: 'Forum Secretariat' }, kind: 'GOVERNMENT_BODY', countryCode: 'CN' });
  const series = await ensureSeries(prisma, {
    slug: seriesSlug,
    name: { en: 'China–Central Asia Cooperation Forum', ru: 'Форум сотрудничества Китай – Центральная Азия' },
    shortName: { en: 'CCACF' },
    description: { en: 'A yearly forum for practical cooperation.' },
    regionCode: 'central-asia',
    partnerCountryCode: 'CN',
    theme: { preset: 'central-asia' },
    status: 'LIVE',
    focusTrackSlugs: ['green-development'],
    memberCountryCodes: ['KZ', 'UZ'],
    coOrganizerSlugs: [org.slug],
  });
  // A focus slug the taxonomy has since dropped: readers must skip it, not fail.
  await prisma.series.update({ where: { id: series.id }, data: { focusTrackSlugs: ['green-development', 'no-longer-in-taxonomy'] } });
  const edition = await ensureEdition(prisma, series.id, {
    number: editionNumber,
    theme: { en: 'Working together for shared growth' },
    description: { en: 'The eleventh gathering.' },
    status: 'CONCLUDED',
    startDate: '2024-10-26',
    endDate: '2024-10-27',
    timeZone: 'Asia/Shanghai',
    hostCity: { en: 'Yinchuan', 'zh-Hans': '银川' },
    hostCountryCode: 'CN',
    hostSubdivisionId: 'CN-NX',
    workingLanguages: ['zh-Hans', 'ru', 'en'],
    attendance: 300,
    coOrganizerSlugs: [org.slug],
  });
  const rooms = await ensureVenue(prisma, edition.id, { slug: 'expo-centre', name: { en: 'Expo Centre' }, rooms: [{ slug: 'hall-a', name: { en: 'Hall A' } }] });
  await ensureTracks(prisma, edition.id, [{ slug: 'green', taxonomySlug: 'green-development', name: { en: 'Green development' } }]);
  // Unpublished sessions and editions must never show up.
  await ensureEdition(prisma, series.id, {
    number: editionNumber + 1,
    theme: { en: 'Draft' },
    description: { en: 'Draft' },
    timeZone: 'Asia/Almaty',
    hostCity: { en: 'Almaty' },
    workingLanguages: ['en'],
    published: false,
    coOrganizerSlugs: [],
  });
  const speaker = await ensurePerson(prisma, {
    slug: `${seriesSlug}-keynote`,
    name: { en: 'A. Keynote', ru: 'А. Кейноут' },
    position: { en: 'Minister' },
    organizationSlug: org.slug,
    countryCode: 'KZ',
  });
  const moderator = await ensurePerson(prisma, { slug: `${seriesSlug}-moderator`, name: { en: 'B. Moderator' }, position: { en: 'Moderator' }, countryCode: 'CN' });
  const count = options.sessions ?? 3;
  for (let i = 0; i < count; i += 1) {
    await ensureSession(prisma, edition, rooms, {
      slug: i === 0 ? 'opening' : `session-${i}`,
      kind: i === 0 ? 'PLENARY' : 'PANEL',
      title: i === 0 ? { en: 'Opening plenary', 'zh-Hans': '开幕式' } : { en: `Panel ${i}` },
      ...slot(i, '2024-10-26'),
      roomSlug: 'hall-a',
      ...(i % 2 === 0 ? { trackSlug: 'green' } : {}),
      languages: ['zh-Hans'],
      interpretation: ['ru', 'en'],
      participants: [
        { personSlug: speaker.slug, role: 'SPEAKER' },
        { personSlug: moderator.slug, role: 'MODERATOR' },
      ],
    });
  }
  await ensureSession(prisma, edition, rooms, { slug: 'hidden', kind: 'BREAK', title: { en: 'Hidden' }, date: '2024-10-26', from: '09:30', to: '09:31', languages: [], published: false });
  await ensureDelegation(prisma, edition.id, { countryCode: 'KZ', headSlug: speaker.slug, protocolOrder: 1, members: [{ personSlug: speaker.slug }] });
  return { seriesId: series.id, editionId: edition.id, seriesSlug, editionNumber };
}

/** The catalogue and one forum: the fixture most read-side specs start from. */
export async function seedCatalogueAndForum(prisma: PrismaClient, options: { sessions?: number } = {}): Promise<ForumFixture> {
  await seedCatalogue(prisma);
  return seedForum(prisma, options);
}

export interface OrganizerFixture extends Credentials {
  id: string;
}

/** An organizer account (argon2id hash, as createOrganizer makes it) with roles in series or editions. */
export async function seedOrganizer(
  prisma: PrismaClient,
  seed: { isPlatformAdmin?: boolean; grants?: { seriesSlug: string; editionNumber?: number; role: OrganizerRole }[]; email?: string; password?: string; displayName?: string } = {},
): Promise<OrganizerFixture> {
  const email = seed.email ?? `organizer-${randomUUID()}@example.org`;
  const password = seed.password ?? `correct horse ${randomUUID()}`;
  const user = await ensureUser(prisma, { email, password, displayName: seed.displayName ?? 'Test Organizer', isPlatformAdmin: seed.isPlatformAdmin ?? false, grants: seed.grants ?? [] });
  return { id: user.id, email, password };
}

/** A draft edition of a series from 2025-06-10 to 2025-06-12 (Tbilisi unless told). */
export async function seedEdition(
  prisma: PrismaClient,
  seriesId: string,
  number: number,
  options: { timeZone?: string; status?: EditionSeed['status']; published?: boolean } = {},
): Promise<{ id: string; number: number }> {
  const edition = await ensureEdition(prisma, seriesId, {
    number,
    theme: { en: `Edition ${number}` },
    description: { en: 'Created for a test.' },
    status: options.status ?? 'PLANNED',
    startDate: '2025-06-10',
    endDate: '2025-06-12',
    timeZone: options.timeZone ?? 'Asia/Tbilisi',
    hostCity: { en: 'Tbilisi' },
    workingLanguages: ['en', 'ka', 'ru'],
    published: options.published ?? false,
    coOrganizerSlugs: [],
  });
  return { id: edition.id, number: edition.number };
}

/** A roomless, speakerless session of 30 minutes at 06:00 UTC on the edition's first day: it clashes with nothing. */
export async function seedLooseSession(prisma: PrismaClient, editionId: string, slug: string, published = true): Promise<string> {
  const edition = await prisma.edition.findUniqueOrThrow({ where: { id: editionId } });
  const startsAt = new Date((edition.startDate ?? dateColumn('2025-06-10')).getTime() + 6 * 3_600_000);
  const local = (instant: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: edition.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
  const session = await ensureSession(prisma, edition, new Map(), {
    slug,
    kind: 'PANEL',
    title: { en: `Panel ${slug}` },
    date: calendarDate(edition.startDate ?? dateColumn('2025-06-10')),
    from: local(startsAt),
    to: local(new Date(startsAt.getTime() + 1_800_000)),
    languages: ['en'],
    published,
  });
  return session.id;
}

export async function seedTrack(prisma: PrismaClient, editionId: string, slug: string): Promise<string> {
  const tracks = await ensureTracks(prisma, editionId, [{ slug, name: { en: `Track ${slug}` } }]);
  return (tracks.get(slug) as { id: string }).id;
}

export async function seedVenue(prisma: PrismaClient, editionId: string, slug: string): Promise<string> {
  await ensureVenue(prisma, editionId, { slug, name: { en: `Venue ${slug}` }, rooms: [] });
  return (await prisma.venue.findUniqueOrThrow({ where: { editionId_slug: { editionId, slug } } })).id;
}

export async function seedRoom(prisma: PrismaClient, venueId: string, slug: string): Promise<string> {
  return (await ensureRoom(prisma, venueId, { slug, name: { en: `Room ${slug}` } }, 0)).id;
}

/** Registry records (outside the programme) of one series, built the way the seed builds them. */
export const registry = {
  person: (prisma: PrismaClient, seriesId: string, slug: string, published = true) =>
    ensurePerson(prisma, { slug, name: { en: 'Fixture Person' }, position: { en: 'Adviser' }, published }, { seriesId }),
  organization: (prisma: PrismaClient, seriesId: string, slug: string) =>
    ensureOrganization(prisma, { slug, name: { en: 'Fixture Agency' }, kind: 'GOVERNMENT_BODY', countryCode: 'GE' }, { seriesId }),
  delegation: (prisma: PrismaClient, editionId: string, countryCode: string, published = true) =>
    ensureDelegation(prisma, editionId, { countryCode, protocolOrder: 9, published }),
  agreement: (prisma: PrismaClient, editionId: string, slug: string, status: 'PROPOSED' | 'SIGNED' = 'PROPOSED', published = true) =>
    ensureAgreement(prisma, editionId, {
      slug,
      title: { en: 'Fixture memorandum' },
      type: 'MEMORANDUM',
      status,
      ...(status === 'SIGNED' ? { signedOn: '2024-10-26' } : {}),
      published,
      parties: [{ countryCode: 'CN' }, { countryCode: 'KZ' }],
    }),
  indicator: (prisma: PrismaClient, seriesId: string, slug: string) =>
    ensureIndicator(prisma, { slug, seriesId, name: { en: 'Fixture turnover' }, unit: 'USD', countryCodes: ['CN', 'GE'], values: [] }),
  statement: (prisma: PrismaClient, editionId: string, personSlug: string, published = true) =>
    ensureStatement(prisma, editionId, { personSlug, summary: { en: 'Spoke of shared growth.' }, published }),
};
