// The series-scoped client on PostgreSQL: reads see the series' own records, shared ones and
// other series' published people, never another series' drafts; updates and deletes reach the
// series' own records only; and every table that belongs to a series has a rule.
import { Prisma } from '../generated/prisma/client.js';
import { seedDemo } from '../seed/seed-demo.js';
import { ensureEdition, ensurePerson, ensureSession } from '../seed/index.js';
import { createTestDatabase, type TestDatabase } from '../testing/index.js';
import { SERIES_SCOPED_MODELS, seriesScopedClient } from './series-scoped-client.js';

/**
 * Tables with a series or a series-owned parent that are not read or written by organizer writes:
 * audit rows, and photo uploads (a visitor's upload, claimed by id within its edition).
 */
const PLATFORM_WIDE = new Set(['AuditEntry', 'PhotoUpload']);

describe(seriesScopedClient.name, () => {
  let test: TestDatabase;
  let cca: string;
  let caucasusSession: string;

  beforeAll(async () => {
    test = await createTestDatabase();
    const prisma = test.db.prisma;
    await seedDemo(prisma);
    cca = (await prisma.series.findUniqueOrThrow({ where: { slug: 'china-central-asia' } })).id;
    const caucasus = (await prisma.series.findUniqueOrThrow({ where: { slug: 'china-caucasus' } })).id;
    await ensurePerson(prisma, { slug: 'caucasus-draft', name: { en: 'C. Draft' }, position: { en: 'Adviser' }, published: false }, { seriesId: caucasus });
    await ensurePerson(prisma, { slug: 'caucasus-public', name: { en: 'C. Public' }, position: { en: 'Adviser' }, published: true }, { seriesId: caucasus });
    const edition = await ensureEdition(prisma, caucasus, {
      number: 1, theme: { en: 'First' }, startDate: '2025-06-10', endDate: '2025-06-12', timeZone: 'Asia/Tbilisi', hostCity: { en: 'Tbilisi' },
      workingLanguages: ['en'], coOrganizerSlugs: [],
    });
    caucasusSession = (await ensureSession(prisma, edition, new Map(), { slug: 'tbilisi-panel', kind: 'PANEL', title: { en: 'Panel' }, date: '2025-06-10', from: '10:00', to: '11:00', languages: ['en'] })).id;
  });
  afterAll(() => test.drop());

  it('reads own, shared and published records, never another series\' drafts', async () => {
    const scoped = seriesScopedClient(test.db.prisma, cca);
    const slugs = (await scoped.person.findMany({ where: { slug: { startsWith: 'caucasus-' } }, select: { slug: true } })).map((p) => p.slug);
    expect(slugs).toEqual(['caucasus-public']);
    expect(await scoped.person.findUnique({ where: { slug: 'caucasus-draft' } })).toBeNull();
    expect(await scoped.session.findUnique({ where: { id: caucasusSession } })).toBeNull();
    expect(await scoped.session.count()).toBe(await test.db.prisma.session.count({ where: { edition: { seriesId: cca } } }));
    // The plain client sees everything: the scope is the client's, not the data's.
    expect(await test.db.prisma.person.findUnique({ where: { slug: 'caucasus-draft' } })).not.toBeNull();
  });

  it('updates and deletes only the series\' own records, also inside a transaction', async () => {
    const scoped = seriesScopedClient(test.db.prisma, cca);
    await expect(scoped.session.update({ where: { id: caucasusSession }, data: { published: true } })).rejects.toMatchObject({ code: 'P2025' });
    await expect(scoped.person.update({ where: { slug: 'caucasus-public' }, data: { published: false } })).rejects.toMatchObject({ code: 'P2025' });
    const deleted = await scoped.$transaction(async (tx) => tx.session.deleteMany({ where: { slug: 'tbilisi-panel' } }));
    expect(deleted.count).toBe(0);
    expect((await test.db.prisma.session.findUniqueOrThrow({ where: { id: caucasusSession } })).published).toBe(true);
    const own = await scoped.person.findFirstOrThrow({ where: { seriesId: cca } });
    await expect(scoped.person.update({ where: { id: own.id }, data: { published: own.published } })).resolves.toMatchObject({ id: own.id });
  });

  it('has a rule for every table that belongs to a series', async () => {
    const rows = await test.db.prisma.$queryRaw<{ table: string }[]>(Prisma.sql`
      SELECT DISTINCT table_name AS "table" FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name IN ('seriesId', 'editionId', 'venueId', 'sessionId', 'agreementId', 'delegationId', 'indicatorId')
      ORDER BY 1`);
    const tables = rows.map((row) => row.table).filter((table) => !PLATFORM_WIDE.has(table));
    expect(tables.length).toBeGreaterThan(15);
    expect(tables.filter((table) => !(table in SERIES_SCOPED_MODELS))).toEqual([]);
  });
});
