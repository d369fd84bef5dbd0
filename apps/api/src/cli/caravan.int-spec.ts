// `caravan launch <file>` on real PostgreSQL: the demo file launches its series with one audit
// row naming the platform admin; a second run is refused (slug taken) and writes nothing; an
// account that is not a platform admin is refused.
import { createTestDatabase, type TestDatabase } from '@caravan/db/testing';
import { seedDemo } from '@caravan/db/seed';
import { join } from 'node:path';
import { main } from './caravan.js';

const DEMO = join(__dirname, '..', '..', '..', '..', 'examples', 'forums', 'demo-china-mongolia.yaml');

describe('caravan launch', () => {
  let test: TestDatabase;
  const saved = process.env['DATABASE_URL'];
  let err: string[];
  let out: string[];

  beforeAll(async () => {
    test = await createTestDatabase();
    await seedDemo(test.db.prisma);
    process.env['DATABASE_URL'] = test.url;
  });

  afterAll(async () => {
    if (saved === undefined) delete process.env['DATABASE_URL'];
    else process.env['DATABASE_URL'] = saved;
    await test?.drop();
  });

  beforeEach(() => {
    out = [];
    err = [];
    jest.spyOn(console, 'log').mockImplementation((line: unknown) => void out.push(String(line)));
    jest.spyOn(console, 'error').mockImplementation((line: unknown) => void err.push(String(line)));
  });

  afterEach(() => jest.restoreAllMocks());

  const counts = async () => ({ series: await test.db.prisma.series.count(), audit: await test.db.prisma.auditEntry.count(), countries: await test.db.prisma.country.count() });

  it('refuses an account that is not a platform admin, writing nothing', async () => {
    const before = await counts();
    const organizer = await test.db.prisma.user.findFirstOrThrow({ where: { isPlatformAdmin: false, disabledAt: null } });
    expect(await main(['launch', DEMO, '--as', organizer.email])).toBe(2);
    expect(err.at(-1)).toMatch(/series\.create/);
    expect(await counts()).toEqual(before);
  });

  it('launches the demo series from the file with one audit row naming the admin, and refuses it a second time', async () => {
    const admin = await test.db.prisma.user.findFirstOrThrow({ where: { isPlatformAdmin: true } });
    const before = await counts();
    expect(await main(['launch', DEMO, '--as', admin.email])).toBe(0);
    expect(err).toEqual([]);
    expect(out.at(-2)).toBe('launched demo-china-mongolia, edition 1: http://localhost:3000/demo-china-mongolia/1');
    const series = await test.db.prisma.series.findUniqueOrThrow({ where: { slug: 'demo-china-mongolia' }, include: { editions: true } });
    expect(series).toMatchObject({ published: false, regionCode: 'mongolian-plateau', partnerCountryCode: 'CN' });
    expect(series.editions.map((e) => e.number)).toEqual([1]);
    expect(await test.db.prisma.auditEntry.findMany({ where: { seriesId: series.id }, select: { actorId: true, entityType: true } })).toEqual([{ actorId: admin.id, entityType: 'SeriesLaunch' }]);
    expect(await counts()).toEqual({ series: before.series + 1, audit: before.audit + 1, countries: before.countries + 1 });

    const again = await counts();
    expect(await main(['launch', DEMO, '--as', admin.email])).toBe(1);
    expect(err).toContain(`${DEMO} series.slug: is already taken by another series; choose another series.slug`);
    expect(await counts()).toEqual(again);
  });
});
