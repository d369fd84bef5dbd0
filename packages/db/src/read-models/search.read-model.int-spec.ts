// Search on the real PostgreSQL: names in Latin, Cyrillic, Chinese, Georgian and Armenian script,
// whole words and parts of words, any case; visibility exactly as the rest of the read models;
// and text that looks like SQL, LIKE wildcards or websearch syntax is only ever text.
import { storedThemeOf } from '@caravan/forums';
import { createTestDatabase, type TestDatabase } from '../testing/index.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { searchRecords, type SearchHit } from './search.read-model.js';
import { organizerAudience, PLATFORM, VISITOR } from './visibility.js';

let database: TestDatabase;
let prisma: PrismaClient;
const ids = { seriesA: '', seriesB: '', editionA: '', editionB: '' };

async function makeSeries(slug: string, published: boolean): Promise<{ seriesId: string; editionId: string }> {
  const region = await prisma.region.upsert({ where: { code: 'test-region' }, update: {}, create: { code: 'test-region', name: { en: 'Test region' }, kind: 'region' } });
  const series = await prisma.series.create({
    data: { slug, name: { en: `Series ${slug}` }, shortName: { en: slug }, description: { en: 'A test series' }, regionCode: region.code, theme: storedThemeOf({ preset: 'default' }), published },
  });
  const edition = await prisma.edition.create({
    data: {
      seriesId: series.id,
      number: 1,
      theme: { en: 'Test edition' },
      description: { en: 'A test edition' },
      hostCity: { en: 'Test city' },
      startDate: new Date('2024-10-25'),
      endDate: new Date('2024-10-28'),
      timeZone: 'Asia/Shanghai',
      published,
    },
  });
  return { seriesId: series.id, editionId: edition.id };
}

const find = (text: string, audience = VISITOR, seriesId: string | null = null, language = 'en'): Promise<SearchHit[]> =>
  searchRecords(prisma, { text, audience, seriesId, language, limit: 20 });
const slugsOf = (hits: SearchHit[]): string[] => hits.map((hit) => `${hit.kind}:${hit.slug}`).sort();

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = database.db.prisma;
  const a = await makeSeries('search-a', true);
  const b = await makeSeries('search-b', true);
  Object.assign(ids, { seriesA: a.seriesId, editionA: a.editionId, seriesB: b.seriesId, editionB: b.editionId });
  await prisma.person.createMany({
    data: [
      { slug: 'edil-baisalov', seriesId: a.seriesId, name: { en: 'Edil Baisalov', ru: 'Эдиль Байсалов', ky: 'Эдил Байсалов' }, position: { en: 'Deputy Chair' } },
      { slug: 'wang-yi', seriesId: a.seriesId, name: { en: 'Wang Yi', 'zh-Hans': '王毅' }, position: { en: 'Minister' } },
      { slug: 'nino-beridze', seriesId: b.seriesId, name: { en: 'Nino Beridze', ka: 'ნინო ბერიძე' }, position: { en: 'Envoy' } },
      { slug: 'armen-sargsyan', seriesId: b.seriesId, name: { en: 'Armen Sargsyan', hy: 'Արմեն Սարգսյան' }, position: { en: 'Adviser' } },
      { slug: 'draft-person', seriesId: a.seriesId, published: false, name: { en: 'Hidden Baisalov', ru: 'Скрытый Байсалов' }, position: { en: 'Unannounced' } },
      { slug: 'percent-person', seriesId: a.seriesId, name: { en: '100% Literal_Name' }, position: { en: 'Tester' } },
    ],
  });
  await prisma.organization.createMany({
    data: [
      { slug: 'silk-road-fund', name: { en: 'Silk Road Fund', 'zh-Hans': '丝路基金' }, kind: 'INTERNATIONAL_BODY', seriesId: null },
      { slug: 'tbilisi-chamber', name: { en: 'Tbilisi Chamber of Commerce', ka: 'თბილისის სავაჭრო პალატა' }, kind: 'BUSINESS_ASSOCIATION', seriesId: b.seriesId },
    ],
  });
  const session = (slug: string, editionId: string, title: Record<string, string>, published = true) => ({
    slug,
    editionId,
    kind: 'PLENARY' as const,
    title,
    startsAt: new Date('2024-10-26T02:00:00Z'),
    endsAt: new Date('2024-10-26T03:00:00Z'),
    languages: ['en'],
    interpretation: [],
    published,
  });
  await prisma.session.createMany({
    data: [
      session('opening', a.editionId, { en: 'Opening plenary on green energy', 'zh-Hans': '绿色能源开幕全体会议', ru: 'Пленарное заседание по зелёной энергетике' }),
      session('closed-talks', a.editionId, { en: 'Closed talks on energy corridors' }, false),
      session('caucasus-trade', b.editionId, { en: 'Trade corridors of the Caucasus', hy: 'Կովկասի առևտրային միջանցքներ' }),
    ],
  });
});

afterAll(async () => {
  await database?.drop();
});

describe('search across the forum records', () => {
  it('finds a name in Latin script, whole or by the start of a word, in any case', async () => {
    expect(slugsOf(await find('Baisalov'))).toEqual(['person:edil-baisalov']);
    expect(slugsOf(await find('baisal'))).toEqual(['person:edil-baisalov']);
    expect(slugsOf(await find('WANG yi'))).toEqual(['person:wang-yi']);
  });

  it('finds Cyrillic names and titles in any case, and answers with the variant that matched', async () => {
    const [hit] = await find('байсалов', VISITOR, null, 'ru');
    expect(hit).toMatchObject({ kind: 'person', slug: 'edil-baisalov', matched: { language: 'ru', text: 'Эдиль Байсалов' } });
    // The Kyrgyz spelling matches as well; a Kyrgyz page gets that one.
    expect((await find('байсалов', VISITOR, null, 'ky'))[0]?.matched).toEqual({ language: 'ky', text: 'Эдил Байсалов' });
    expect(hit?.title).toMatchObject({ en: 'Edil Baisalov', ru: 'Эдиль Байсалов' });
    expect(slugsOf(await find('ЗЕЛЁНОЙ'))).toEqual(['session:opening']);
  });

  it('finds Chinese names and words inside Chinese titles written without spaces', async () => {
    expect(slugsOf(await find('王毅'))).toEqual(['person:wang-yi']);
    expect(slugsOf(await find('能源'))).toEqual(['session:opening']);
    expect(slugsOf(await find('丝路'))).toEqual(['organization:silk-road-fund']);
  });

  it('finds Georgian and Armenian names and titles', async () => {
    expect(slugsOf(await find('ბერიძე'))).toEqual(['person:nino-beridze']);
    expect(slugsOf(await find('თბილისის'))).toEqual(['organization:tbilisi-chamber']);
    expect(slugsOf(await find('սարգսյան'))).toEqual(['person:armen-sargsyan']);
    expect(slugsOf(await find('միջանցքներ'))).toEqual(['session:caucasus-trade']);
  });

  it('shows visitors only what is published, and organizers the drafts of their own series', async () => {
    expect(slugsOf(await find('corridors'))).toEqual(['session:caucasus-trade']);
    expect(slugsOf(await find('corridors', organizerAudience([ids.seriesA])))).toEqual(['session:caucasus-trade', 'session:closed-talks']);
    expect(slugsOf(await find('corridors', organizerAudience([ids.seriesB])))).toEqual(['session:caucasus-trade']);
    expect(slugsOf(await find('Скрытый'))).toEqual([]);
    expect(slugsOf(await find('Скрытый', PLATFORM))).toEqual(['person:draft-person']);
  });

  it('keeps to one series, with the organizations every series shares', async () => {
    expect(slugsOf(await find('corridors', PLATFORM, ids.seriesA))).toEqual(['session:closed-talks']);
    expect(slugsOf(await find('Silk Road', VISITOR, ids.seriesB))).toEqual(['organization:silk-road-fund']);
    expect(slugsOf(await find('Tbilisi', VISITOR, ids.seriesA))).toEqual([]);
  });

  it('treats wildcards, quotes, operators and SQL as plain text', async () => {
    expect(slugsOf(await find('100%'))).toEqual(['person:percent-person']);
    expect(slugsOf(await find('Literal_'))).toEqual(['person:percent-person']);
    expect(await find('%')).toEqual(expect.arrayContaining([expect.objectContaining({ slug: 'percent-person' })]));
    expect(await find('_')).toHaveLength(1);
    expect(await find("' OR 1=1 --")).toEqual([]);
    expect(await find('"green energy" -wind')).toEqual([expect.objectContaining({ slug: 'opening' })]);
    expect(await find('!!! & | <-> :*')).toEqual([]);
  });

  it('ranks a whole-word match above a partial one, and stops at the limit', async () => {
    const hits = await find('energy');
    expect(hits.map((hit) => hit.slug)).toEqual(['opening']);
    const limited = await searchRecords(prisma, { text: 'a', audience: PLATFORM, limit: 3 });
    expect(limited).toHaveLength(3);
    expect([...limited].sort((x, y) => y.rank - x.rank)).toEqual(limited);
  });
});
