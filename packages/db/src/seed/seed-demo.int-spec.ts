// The demo seed on PostgreSQL: counts match the forum facts, a second run changes nothing, what
// organizers changed survives a re-run, and production refuses it.
import { hash, verify } from '@node-rs/argon2';
import { Client } from 'pg';
import { isDbError } from '../errors.js';
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
    expect(counts).toMatchObject({ countries: 9, series: 2, editions: 2, delegations: 5, agreements: 35, users: 3, accreditationCategories: 8 });
    expect(counts['sessions']).toBeGreaterThanOrEqual(12);
    expect(counts['sessions']).toBeLessThanOrEqual(16);
  });

  it('opens registration for an upcoming 12th edition flagged as demo data, and leaves China–Caucasus without an edition', async () => {
    const prisma = test.db.prisma;
    const editions = await prisma.edition.findMany({ select: { number: true, status: true, isDemo: true, startDate: true, series: { select: { slug: true } } }, orderBy: { number: 'asc' } });
    expect(editions.map((e) => [e.series.slug, e.number, e.status, e.isDemo])).toEqual([
      ['china-central-asia', 11, 'CONCLUDED', false],
      ['china-central-asia', 12, 'REGISTRATION_OPEN', true],
    ]);
    // Upcoming: it starts after the 11th edition, in the future of the day this was written.
    expect(editions[1]?.startDate?.getTime()).toBeGreaterThan(Date.parse('2026-11-29'));
    const twelfth = await prisma.edition.findFirstOrThrow({ where: { number: 12 }, include: { registrationSetup: true, accreditationCategories: { orderBy: { position: 'asc' } } } });
    // Its description says in each content language that it is invented.
    const description = twelfth.description as Record<string, string>;
    expect(Object.keys(description).sort()).toEqual(['en', 'ru', 'zh-Hans']);
    expect(description['en']).toMatch(/demo/i);
    expect(description['ru']).toMatch(/демо/i);
    expect(description['zh-Hans']).toContain('演示');
    const setup = twelfth.registrationSetup;
    expect(Object.keys(setup?.privacyNotice as object).sort()).toEqual(['en', 'ru', 'zh-Hans']);
    expect((setup?.form as { fields: unknown[] }).fields.length).toBeGreaterThanOrEqual(10);
    expect(setup?.mediaQuotas).not.toBeNull();
    const categories = twelfth.accreditationCategories;
    expect(new Set(categories.map((c) => c.kind)).size).toBe(8);
    expect(categories.filter((c) => c.approval === 'AUTO_APPROVED').length).toBeGreaterThan(0);
    expect(categories.filter((c) => c.approval === 'NEEDS_APPROVAL').length).toBeGreaterThan(0);
    expect(categories.filter((c) => c.capacity !== null).length).toBeGreaterThan(0);
    expect(categories.every((c) => c.approvedCount === 0)).toBe(true);
    expect(await prisma.edition.count({ where: { series: { slug: 'china-caucasus' } } })).toBe(0);
    expect((await prisma.series.findUniqueOrThrow({ where: { slug: 'china-caucasus' } })).status).toBe('PROPOSED');
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

describe('seedDemo on a database organizers have worked in', () => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db.prisma);
  });
  afterAll(() => test.drop());

  it('keeps every change, unpublication, deletion and revocation when run again', async () => {
    const prisma = test.db.prisma;
    const cca = await prisma.series.findUniqueOrThrow({ where: { slug: 'china-central-asia' } });
    const caucasus = await prisma.series.findUniqueOrThrow({ where: { slug: 'china-caucasus' } });
    const edition = await prisma.edition.findFirstOrThrow({ where: { seriesId: cca.id } });
    const [disclosed, doomed] = await prisma.agreement.findMany({ where: { editionId: edition.id, confidential: false }, orderBy: { slug: 'asc' }, take: 2 });
    const [hidden, dropped] = await prisma.session.findMany({ where: { editionId: edition.id, published: true }, orderBy: { slug: 'asc' }, take: 2 });
    const person = await prisma.person.findFirstOrThrow({ where: { slug: { not: 'shen-yueyue' } }, orderBy: { slug: 'asc' } });
    const indicator = await prisma.indicator.findFirstOrThrow({ orderBy: { slug: 'asc' } });
    const organizer = await prisma.user.findUniqueOrThrow({ where: { email: 'cca-organizer@caravan.local' }, include: { roleGrants: true } });
    expect(organizer.roleGrants).toHaveLength(1);
    if (!disclosed || !doomed || !hidden || !dropped) throw new Error('the demo data set lacks the rows this test changes');

    // What organizers do through the console, written directly.
    await prisma.series.update({ where: { id: cca.id }, data: { published: false, name: { en: 'Renamed by its organizers' } } });
    await prisma.series.update({ where: { id: caucasus.id }, data: { published: false } });
    await prisma.edition.update({ where: { id: edition.id }, data: { published: false } });
    await prisma.agreement.update({ where: { id: disclosed.id }, data: { confidential: true, published: false, valueAmount: 1 } });
    await prisma.agreement.delete({ where: { id: doomed.id } });
    await prisma.session.update({ where: { id: hidden.id }, data: { published: false } });
    await prisma.session.delete({ where: { id: dropped.id } });
    await prisma.person.delete({ where: { id: person.id } });
    await prisma.indicator.delete({ where: { id: indicator.id } });
    await prisma.roleGrant.deleteMany({ where: { userId: organizer.id } });
    await prisma.user.update({ where: { email: 'admin@caravan.local' }, data: { passwordHash: await hash('a password of its own') } });
    await prisma.user.update({ where: { email: 'caucasus-organizer@caravan.local' }, data: { disabledAt: new Date('2026-01-01T00:00:00Z') } });
    const before = await snapshot(test.url);

    await seedDemo(prisma);

    expect(await prisma.series.findUniqueOrThrow({ where: { id: cca.id } })).toMatchObject({ published: false, name: { en: 'Renamed by its organizers' } });
    expect((await prisma.series.findUniqueOrThrow({ where: { id: caucasus.id } })).published).toBe(false);
    expect((await prisma.edition.findUniqueOrThrow({ where: { id: edition.id } })).published).toBe(false);
    const kept = await prisma.agreement.findUniqueOrThrow({ where: { id: disclosed.id } });
    expect([kept.confidential, kept.published, kept.valueAmount?.toString()]).toEqual([true, false, '1']);
    expect(await prisma.agreement.findFirst({ where: { editionId: edition.id, slug: doomed.slug } })).toBeNull();
    expect((await prisma.session.findUniqueOrThrow({ where: { id: hidden.id } })).published).toBe(false);
    expect(await prisma.session.findFirst({ where: { editionId: edition.id, slug: dropped.slug } })).toBeNull();
    expect(await prisma.person.findUnique({ where: { slug: person.slug } })).toBeNull();
    expect(await prisma.indicator.findUnique({ where: { slug: indicator.slug } })).toBeNull();
    expect(await prisma.roleGrant.count({ where: { userId: organizer.id } })).toBe(0);
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: 'admin@caravan.local' } });
    expect(await verify(admin.passwordHash, 'a password of its own')).toBe(true);
    expect((await prisma.user.findUniqueOrThrow({ where: { email: 'caucasus-organizer@caravan.local' } })).disabledAt).not.toBeNull();
    // And nothing else moved either.
    expect(await snapshot(test.url)).toEqual(before);
  });

  it('creates an account that is missing, and leaves the others alone', async () => {
    const prisma = test.db.prisma;
    await prisma.user.delete({ where: { email: 'caucasus-organizer@caravan.local' } });
    await seedDemo(prisma);
    const recreated = await prisma.user.findUniqueOrThrow({ where: { email: 'caucasus-organizer@caravan.local' }, include: { roleGrants: true } });
    expect(recreated.disabledAt).toBeNull();
    expect(recreated.roleGrants.map((grant) => grant.role)).toEqual(['SERIES_ADMIN']);
  });
});

describe('seedDemo under NODE_ENV=production', () => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test.drop());

  it('is refused with a message that says why, before anything is written', async () => {
    const refusal = await seedDemo(test.db.prisma, { nodeEnv: 'production' }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isDbError(refusal, 'SEED_REFUSED')).toBe(true);
    expect((refusal as Error).message).toMatch(/NODE_ENV=production.*demo accounts/);
    expect(await seedCounts(test.db.prisma)).toMatchObject({ users: 0, series: 0, languages: 0 });
  });
});
