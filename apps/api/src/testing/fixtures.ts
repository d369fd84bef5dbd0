// Fixture builders for api tests: a small, realistic series with one edition in Yinchuan
// (Asia/Shanghai), built through Prisma the way the seed builds records.
import type { PrismaClient } from '@caravan/db';

export interface ForumFixture {
  seriesId: string;
  editionId: string;
  seriesSlug: string;
  editionNumber: number;
}

export async function seedCatalogue(prisma: PrismaClient): Promise<void> {
  await prisma.region.createMany({
    data: [
      { code: 'central-asia', kind: 'region', name: { en: 'Central Asia', ru: 'Центральная Азия', 'zh-Hans': '中亚' } },
      { code: 'east-asia', kind: 'partner', name: { en: 'East Asia', 'zh-Hans': '东亚' } },
    ],
  });
  await prisma.country.createMany({
    data: [
      { code: 'CN', name: { en: 'China', 'zh-Hans': '中国', ru: 'Китай' }, capital: { en: 'Beijing', 'zh-Hans': '北京' }, languages: ['zh-Hans'], timeZone: 'Asia/Shanghai', regionCode: 'east-asia' },
      { code: 'KZ', name: { en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан' }, capital: { en: 'Astana', kk: 'Астана' }, languages: ['kk', 'ru'], timeZone: 'Asia/Almaty', regionCode: 'central-asia' },
      { code: 'UZ', name: { en: 'Uzbekistan', ru: 'Узбекистан' }, capital: { en: 'Tashkent' }, languages: ['uz'], timeZone: 'Asia/Tashkent', regionCode: 'central-asia' },
    ],
  });
  await prisma.subnationalUnit.create({
    data: { id: 'CN-NX', isoCode: 'CN-NX', name: { en: 'Ningxia Hui Autonomous Region', 'zh-Hans': '宁夏回族自治区' }, kind: 'autonomous-region', countryCode: 'CN' },
  });
}

/** A series with one edition; `sessions` sessions of 30 minutes from 09:30 local on day one. */
export async function seedForum(prisma: PrismaClient, options: { sessions?: number; slug?: string; number?: number } = {}): Promise<ForumFixture> {
  const seriesSlug = options.slug ?? 'china-central-asia';
  const editionNumber = options.number ?? 11;
  const org = await prisma.organization.create({
    data: { slug: `${seriesSlug}-secretariat`, name: { en: 'Forum Secretariat' }, kind: 'GOVERNMENT_BODY', countryCode: 'CN' },
  });
  const series = await prisma.series.create({
    data: {
      slug: seriesSlug,
      name: { en: 'China–Central Asia Cooperation Forum', ru: 'Форум сотрудничества Китай – Центральная Азия' },
      shortName: { en: 'CCACF' },
      description: { en: 'A yearly forum for practical cooperation.' },
      regionCode: 'central-asia',
      partnerCountryCode: 'CN',
      themeKey: 'central-asia',
      status: 'LIVE',
      focusTrackSlugs: ['green-development', 'no-longer-in-taxonomy'],
      countries: { create: [{ countryCode: 'KZ' }, { countryCode: 'UZ' }, { countryCode: 'CN', role: 'partner' }] },
      coOrganizers: { create: [{ organizationId: org.id }] },
    },
  });
  const edition = await prisma.edition.create({
    data: {
      seriesId: series.id,
      number: editionNumber,
      theme: { en: 'Working together for shared growth' },
      description: { en: 'The eleventh gathering.' },
      status: 'CONCLUDED',
      startDate: new Date('2024-10-26T00:00:00Z'),
      endDate: new Date('2024-10-27T00:00:00Z'),
      timeZone: 'Asia/Shanghai',
      hostCity: { en: 'Yinchuan', 'zh-Hans': '银川' },
      hostCountryCode: 'CN',
      hostSubdivisionId: 'CN-NX',
      workingLanguages: ['zh-Hans', 'ru', 'en'],
      attendance: 300,
      organizers: { create: [{ organizationId: org.id }] },
      venues: { create: [{ slug: 'expo-centre', name: { en: 'Expo Centre' }, rooms: { create: [{ slug: 'hall-a', name: { en: 'Hall A' } }] } }] },
      tracks: { create: [{ slug: 'green', taxonomySlug: 'green-development', name: { en: 'Green development' } }] },
    },
    include: { venues: { include: { rooms: true } }, tracks: true },
  });
  const roomId = edition.venues[0]?.rooms[0]?.id ?? null;
  const trackId = edition.tracks[0]?.id ?? null;
  // Unpublished sessions and editions must never show up.
  await prisma.edition.create({
    data: { seriesId: series.id, number: editionNumber + 1, theme: { en: 'Draft' }, description: { en: 'Draft' }, timeZone: 'Asia/Almaty', hostCity: { en: 'Almaty' }, published: false },
  });
  const speaker = await prisma.person.create({
    data: { slug: `${seriesSlug}-keynote`, name: { en: 'A. Keynote', ru: 'А. Кейноут' }, position: { en: 'Minister' }, organizationId: org.id, countryCode: 'KZ' },
  });
  const moderator = await prisma.person.create({
    data: { slug: `${seriesSlug}-moderator`, name: { en: 'B. Moderator' }, position: {}, countryCode: 'CN' },
  });
  const count = options.sessions ?? 3;
  const opening = Date.parse('2024-10-26T01:30:00Z'); // 09:30 in Yinchuan (UTC+8)
  for (let i = 0; i < count; i += 1) {
    const startsAt = new Date(opening + i * 30 * 60_000);
    await prisma.session.create({
      data: {
        editionId: edition.id,
        slug: i === 0 ? 'opening' : `session-${i}`,
        kind: i === 0 ? 'PLENARY' : 'PANEL',
        title: i === 0 ? { en: 'Opening plenary', 'zh-Hans': '开幕式' } : { en: `Panel ${i}` },
        startsAt,
        endsAt: new Date(startsAt.getTime() + 30 * 60_000),
        roomId,
        trackId: i % 2 === 0 ? trackId : null,
        languages: ['zh-Hans'],
        interpretation: ['ru', 'en'],
        participants: {
          create: [
            { personId: speaker.id, role: 'SPEAKER', position: 0 },
            { personId: moderator.id, role: 'MODERATOR', position: 0 },
          ],
        },
      },
    });
  }
  await prisma.session.create({
    data: {
      editionId: edition.id, slug: 'hidden', kind: 'BREAK', title: { en: 'Hidden' }, published: false,
      startsAt: new Date(opening), endsAt: new Date(opening + 60_000),
    },
  });
  await prisma.delegation.create({
    data: { editionId: edition.id, countryCode: 'KZ', headPersonId: speaker.id, protocolOrder: 1, members: { create: [{ personId: speaker.id }] } },
  });
  return { seriesId: series.id, editionId: edition.id, seriesSlug, editionNumber };
}
