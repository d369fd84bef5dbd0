// The bench's data set: the catalogue plus one large edition (about 200 published sessions over
// four days in eight rooms and six tracks, two to four speakers each), built with the same seed
// builders as the demo data. A seeded random generator keeps every run's data identical.
import type { PrismaClient, SessionRole } from '@caravan/db';
import {
  seedCatalogue,
  ensureEdition,
  ensureOrganization,
  ensurePerson,
  ensureSeries,
  ensureSession,
  ensureTracks,
  ensureVenue,
  type SessionSeed,
} from '@caravan/db/seed';
import type { TrackSlug } from '@caravan/tracks';
import { BENCH_EDITION, BENCH_SERIES } from './programme-query.js';

export interface SeededProgramme {
  /** Published sessions, the ones the query returns. */
  sessions: number;
  speakers: number;
  people: number;
  organizations: number;
  rooms: number;
  tracks: number;
  days: number;
}

const DAYS = ['2025-06-10', '2025-06-11', '2025-06-12', '2025-06-13'];
const SLOTS: readonly [string, string][] = [
  ['09:00', '10:30'],
  ['11:00', '12:30'],
  ['14:00', '15:30'],
  ['16:00', '17:30'],
  ['18:00', '19:00'],
  ['19:30', '20:30'],
  ['21:00', '21:45'],
];
const SESSIONS_PER_DAY = 50;
const TRACK_SLUGS: TrackSlug[] = ['green-development', 'trade-investment', 'transport-logistics', 'digital-economy', 'agriculture-water', 'culture-education'];
const KINDS = ['PANEL', 'PANEL', 'PANEL', 'SUB_FORUM', 'BILATERAL_MEETING', 'SIGNING_CEREMONY', 'CULTURAL_EVENT'] as const;
// Uncatalogued 'DE' makes some people resolve to no country, as guests from outside the region do.
const COUNTRIES = ['CN', 'KZ', 'KG', 'TJ', 'TM', 'UZ', 'DE'];
const ORG_KINDS = ['GOVERNMENT_BODY', 'LEGISLATURE', 'BUSINESS_ASSOCIATION', 'UNIVERSITY', 'ENTERPRISE', 'INTERNATIONAL_BODY'] as const;
const GIVEN = ['Aidar', 'Gulnara', 'Timur', 'Dilnoza', 'Bakyt', 'Nargiza', 'Wei', 'Mei', 'Farrukh', 'Madina', 'Rustam', 'Aigerim', 'Jun', 'Saida'];
const FAMILY = ['Serikov', 'Abdullaeva', 'Zhang', 'Chen', 'Usmanov', 'Karimova', 'Bekov', 'Nurlanova', 'Liu', 'Rahimov', 'Ospanova', 'Huang'];
const SUBJECTS = ['solar parks', 'border crossings', 'rail corridors', 'e-commerce', 'irrigation', 'student exchange', 'wind power', 'customs data', 'cold-chain logistics', 'water saving', 'museums', 'start-up funds'];
const FORMATS = ['Roundtable on', 'Panel:', 'Working session on', 'Dialogue on', 'Case studies in', 'Outlook for'];

/** Mulberry32: small, fast and good enough to vary fixture data reproducibly. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Runs `work` over `items` with at most `width` in flight, matching the connection pool. */
async function inBatches<T>(items: readonly T[], width: number, work: (item: T) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += width) {
    await Promise.all(items.slice(start, start + width).map(work));
  }
}

export async function seedProgramme(prisma: PrismaClient): Promise<SeededProgramme> {
  const random = randomSource(20250610);
  await seedCatalogue(prisma);

  const orgSlugs: string[] = [];
  for (let i = 0; i < 24; i += 1) {
    const countryCode = COUNTRIES[i % COUNTRIES.length] ?? null;
    const slug = `bench-org-${i}`;
    const subject = pick(random, SUBJECTS);
    await ensureOrganization(prisma, {
      slug,
      name: i % 3 === 0 ? { en: `Agency for ${subject} ${i}`, ru: `Агентство ${i}` } : { en: `Council for ${subject} ${i}` },
      kind: pick(random, ORG_KINDS),
      countryCode,
    });
    orgSlugs.push(slug);
  }

  const personSlugs: string[] = [];
  for (let i = 0; i < 140; i += 1) {
    const slug = `bench-person-${i}`;
    const name = `${pick(random, GIVEN)} ${pick(random, FAMILY)}`;
    await ensurePerson(prisma, {
      slug,
      name: i % 2 === 0 ? { en: name, ru: `${name} (рус.)` } : { en: name },
      position: i % 5 === 0 ? { en: `Deputy minister ${i % 4}`, ru: `Заместитель министра ${i % 4}` } : { en: `Head of department ${i % 9}` },
      organizationSlug: i % 7 === 0 ? undefined : pick(random, orgSlugs),
      countryCode: i % 11 === 0 ? null : pick(random, COUNTRIES),
      // A few hidden people must drop out of every speaker list.
      published: i % 37 !== 36,
    });
    personSlugs.push(slug);
  }

  const series = await ensureSeries(prisma, {
    slug: BENCH_SERIES,
    name: { en: 'China–Central Asia Cooperation Forum', ru: 'Форум сотрудничества Китай – Центральная Азия' },
    shortName: { en: 'CCACF' },
    description: { en: 'A yearly meeting of the region and its partner on practical cooperation.' },
    regionCode: 'central-asia',
    partnerCountryCode: 'CN',
    theme: { preset: 'central-asia' },
    focusTrackSlugs: TRACK_SLUGS,
    status: 'LIVE',
    memberCountryCodes: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
    coOrganizerSlugs: [],
  });
  const edition = await ensureEdition(prisma, series.id, {
    number: BENCH_EDITION,
    theme: { en: 'Shared roads, shared growth', ru: 'Общие дороги, общий рост' },
    status: 'LIVE',
    startDate: DAYS[0],
    endDate: DAYS[DAYS.length - 1],
    timeZone: 'Asia/Almaty',
    hostCity: { en: 'Astana', ru: 'Астана', kk: 'Астана' },
    hostCountryCode: 'KZ',
    workingLanguages: ['ru', 'zh-Hans', 'en'],
    coOrganizerSlugs: [],
  });
  const rooms = new Map([
    ...(await ensureVenue(prisma, edition.id, {
      slug: 'congress-hall',
      name: { en: 'Congress Hall', ru: 'Конгресс-холл' },
      rooms: ['plenary', 'hall-a', 'hall-b', 'hall-c', 'hall-d'].map((slug) => ({ slug, name: { en: slug.replace('-', ' ').toUpperCase() } })),
    })),
    ...(await ensureVenue(prisma, edition.id, {
      slug: 'expo-pavilion',
      name: { en: 'Expo Pavilion' },
      rooms: ['room-1', 'room-2', 'room-3'].map((slug) => ({ slug, name: { en: `Pavilion ${slug}`, ru: `Павильон ${slug}` } })),
    })),
  ]);
  await ensureTracks(prisma, edition.id, TRACK_SLUGS.map((taxonomySlug) => ({ taxonomySlug })));

  const roomSlugs = [...rooms.keys()];
  const seeds: SessionSeed[] = [];
  for (const date of DAYS) {
    for (let n = 0; n < SESSIONS_PER_DAY; n += 1) {
      const slot = SLOTS[Math.floor(n / roomSlugs.length)];
      const roomSlug = roomSlugs[n % roomSlugs.length];
      if (!slot || !roomSlug) throw new Error(`no slot or room for session ${n} of ${date}`);
      const plenary = roomSlug === 'plenary' && n < roomSlugs.length;
      const speakerCount = 2 + Math.floor(random() * 3);
      const people = new Set<string>();
      while (people.size < speakerCount) people.add(pick(random, personSlugs));
      const participants = [...people].map((personSlug, index) => {
        const role: SessionRole = index === 0 ? 'MODERATOR' : plenary && index === 1 ? 'KEYNOTE' : 'SPEAKER';
        return { personSlug, role };
      });
      const subject = pick(random, SUBJECTS);
      seeds.push({
        slug: `d${date.slice(-2)}-${String(n).padStart(2, '0')}`,
        kind: plenary ? 'PLENARY' : pick(random, KINDS),
        title: n % 2 === 0 ? { en: `${pick(random, FORMATS)} ${subject}`, ru: `Сессия: ${subject}` } : { en: `${pick(random, FORMATS)} ${subject}` },
        date,
        from: slot[0],
        to: slot[1],
        roomSlug,
        trackSlug: plenary ? null : pick(random, TRACK_SLUGS),
        languages: ['ru', 'zh-Hans'],
        interpretation: ['en'],
        participants,
      });
    }
  }
  // Drafts that the programme must leave out.
  seeds.push({ slug: 'draft-briefing', kind: 'PANEL', title: { en: 'Draft briefing' }, date: DAYS[0] ?? '', from: '08:00', to: '08:30', languages: ['en'], published: false });
  await inBatches(seeds, 4, (seed) => ensureSession(prisma, edition, rooms, seed));

  const published = await prisma.session.count({ where: { editionId: edition.id, published: true } });
  const speakers = await prisma.sessionParticipant.count({ where: { session: { editionId: edition.id, published: true }, person: { published: true } } });
  return {
    sessions: published,
    speakers,
    people: personSlugs.length,
    organizations: orgSlugs.length,
    rooms: rooms.size,
    tracks: TRACK_SLUGS.length,
    days: DAYS.length,
  };
}
