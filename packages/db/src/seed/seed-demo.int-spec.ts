// The demo seed on PostgreSQL: counts match the forum facts, and a second run changes nothing.
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../testing/index.js';
import { seedCounts, seedDemo } from './seed-demo.js';

/** Every row of every table, as text, without the columns a re-run may legitimately touch. */
async function snapshot(url: string): Promise<Record<string, string[]>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1",
    );
    const result: Record<string, string[]> = {};
    for (const { tablename } of tables.rows) {
      const rows = await client.query<{ row: string }>(
        `SELECT (to_jsonb(t) - 'updatedAt')::text AS row FROM "${tablename}" t ORDER BY 1`,
      );
      result[tablename] = rows.rows.map((r) => r.row);
    }
    return result;
  } finally {
    await client.end();
  }
}

describe(seedDemo.name, () => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db.prisma);
  });
  afterAll(() => test.drop());

  it('carries the facts: 9 countries, 2 series, 5 delegations, 35 agreements', async () => {
    const counts = await seedCounts(test.db.prisma);
    expect(counts).toMatchObject({ countries: 9, series: 2, editions: 1, delegations: 5, agreements: 35, users: 3 });
    expect(counts['sessions']).toBeGreaterThanOrEqual(12);
    expect(counts['sessions']).toBeLessThanOrEqual(16);
  });

  it('records the three sister agreements with their parties, signed at the signing ceremony', async () => {
    const sister = await test.db.prisma.agreement.findMany({
      where: { type: 'SISTER_CITY' },
      include: { parties: { orderBy: { position: 'asc' } }, session: true },
      orderBy: { slug: 'asc' },
    });
    expect(sister.map((a) => [a.slug, a.status, a.isDemo, a.session?.slug, a.parties.map((p) => p.subdivisionId)])).toEqual([
      ['sister-ningxia-khorezm', 'SIGNED', false, 'signing-ceremony', ['CN-NX', 'UZ-XO']],
      ['sister-ningxia-samarkand', 'SIGNED', false, 'signing-ceremony', ['CN-NX', 'UZ-SA']],
      ['sister-shizuishan-nurabad', 'SIGNED', false, 'signing-ceremony', ['cn-nx-shizuishan', 'uz-sa-nurabad']],
    ]);
  });

  it('adds up the disclosed agreement values to the reported 11.2 bn CNY, keeping confidential ones apart', async () => {
    // Summed by PostgreSQL over the rows the seed wrote, and compared with the figure of the forum
    // facts ("35 cooperation projects worth 11.2 bn yuan"), written out here: not with the
    // constant the seed derives its values from, which would agree with any seed.
    const [edition] = await test.db.prisma.$queryRaw<{ agreements: number; disclosed: string; confidential: number }[]>`
      SELECT count(*)::int AS agreements,
             sum(a."valueAmount") FILTER (WHERE NOT a.confidential AND a.currency = 'CNY')::text AS disclosed,
             count(*) FILTER (WHERE a.confidential)::int AS confidential
      FROM "Agreement" a JOIN "Edition" e ON e.id = a."editionId" JOIN "Series" s ON s.id = e."seriesId"
      WHERE s.slug = 'china-central-asia' AND e.number = 11`;
    expect(edition).toEqual({ agreements: 35, disclosed: '11200000000.00', confidential: 4 });
  });

  it('puts the keynote in the opening plenary at 09:00 Yinchuan time (01:00 UTC)', async () => {
    const opening = await test.db.prisma.session.findFirstOrThrow({
      where: { slug: 'opening-plenary' },
      include: { participants: { include: { person: true } } },
    });
    expect(opening.startsAt.toISOString()).toBe('2024-10-26T01:00:00.000Z');
    const keynote = opening.participants.filter((p) => p.role === 'KEYNOTE').map((p) => p.person.slug);
    expect(keynote).toEqual(['shen-yueyue']);
  });

  it('gives the demo people and organizations to the China–Central Asia series as their owner', async () => {
    const prisma = test.db.prisma;
    const cca = await prisma.series.findUniqueOrThrow({ where: { slug: 'china-central-asia' } });
    const owners = async (rows: Promise<{ seriesId: string | null }[]>) => [...new Set((await rows).map((row) => row.seriesId))];
    expect(await owners(prisma.person.findMany({ select: { seriesId: true } }))).toEqual([cca.id]);
    expect(await owners(prisma.organization.findMany({ select: { seriesId: true } }))).toEqual([cca.id]);
  });

  it('changes nothing when run a second time', async () => {
    const before = await snapshot(test.url);
    await seedDemo(test.db.prisma);
    const after = await snapshot(test.url);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of Object.keys(before)) expect({ table, rows: after[table] }).toEqual({ table, rows: before[table] });
  });
});
