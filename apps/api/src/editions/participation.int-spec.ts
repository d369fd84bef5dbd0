import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { seedDemo } from '@caravan/db/seed';
import { createTestDatabase, type TestDatabase } from '@caravan/db/testing';
import { createTestApp, gql } from '../testing/create-test-app.js';
import { EditionsService } from './editions.service.js';

interface Participation {
  number: number;
  edition: { number: number; hostCity: { text: string } };
  delegations: number;
  speakers: number;
  sessions: number;
  agreements: number;
  attendance: number | null;
}

const QUERY = `{ participationStats(series: "china-central-asia") { number edition { number hostCity { text } } delegations speakers sessions agreements attendance } }`;

describe(`${EditionsService.name} (participation)`, () => {
  let testDb: TestDatabase;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    await seedDemo(testDb.db.prisma);
    app = await createTestApp(testDb.db, { REDIS_URL: 'off' });
  });

  afterAll(async () => {
    await app?.close();
    await testDb?.drop();
  });

  it('counts delegations, distinct speakers, sessions and agreements per edition', async () => {
    const sessions = await testDb.db.prisma.session.count({ where: { published: true, edition: { number: 11 } } });
    const res = await gql<{ participationStats: Participation[] }>(app, QUERY);
    expect(res.errors).toBeUndefined();
    expect(res.data?.participationStats).toEqual([
      { number: 11, edition: { number: 11, hostCity: { text: 'Yinchuan' } }, delegations: 5, speakers: 6, sessions, agreements: 35, attendance: 300 },
    ]);
    expect(sessions).toBeGreaterThan(5);
  });

  it('leaves out what is unpublished', async () => {
    const prisma = testDb.db.prisma;
    await prisma.delegation.updateMany({ where: { countryCode: 'KZ' }, data: { published: false } });
    await prisma.person.update({ where: { slug: 'shen-yueyue' }, data: { published: false } });
    await prisma.agreement.updateMany({ where: { type: 'SISTER_CITY' }, data: { published: false } });
    try {
      const res = await gql<{ participationStats: Participation[] }>(app, QUERY);
      expect(res.data?.participationStats[0]).toMatchObject({ delegations: 4, speakers: 5, agreements: 32 });
      await prisma.edition.updateMany({ where: { number: 11 }, data: { published: false } });
      const hidden = await gql<{ participationStats: Participation[] }>(app, QUERY);
      expect(hidden.data?.participationStats).toEqual([]);
    } finally {
      await prisma.edition.updateMany({ where: { number: 11 }, data: { published: true } });
      await prisma.delegation.updateMany({ where: { countryCode: 'KZ' }, data: { published: true } });
      await prisma.person.update({ where: { slug: 'shen-yueyue' }, data: { published: true } });
      await prisma.agreement.updateMany({ where: { type: 'SISTER_CITY' }, data: { published: true } });
    }
  });
});
