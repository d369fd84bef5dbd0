import { PrismaClient, type Database } from '@caravan/db';
import { createTestDatabase, type TestDatabase } from '@caravan/db/testing';
import { PrismaPg } from '@prisma/adapter-pg';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestApp, gql } from '../testing/create-test-app.js';
import { seedCatalogue, seedForum } from '../testing/fixtures.js';
import { ProgrammeService } from './programme.service.js';

const PROGRAMME_QUERY = `query($s: String!) { edition(series: $s, number: 11, lang: "ru") {
  theme { text } hostCountry { name { text } } series { name { text } } organizers { name { text } }
  tracks { slug name { text } } rooms { name { text } venueName { text } } programmeDays
  sessions { slug title { text } localStart room { name { text } } track { slug name { text } }
    speakers { role person { name { text } position { text } organization { name { text } country { code } } country { name { text } region { code } } } } }
  delegations { country { code } head { name { text } } members { slug } } programmeDocument { url } } }`;

/** Counts every SQL statement Prisma sends, through the client's own query event. */
function countingDatabase(url: string): { database: Database; count: () => number; reset: () => void } {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }), log: [{ emit: 'event', level: 'query' }] });
  let statements = 0;
  prisma.$on('query', () => {
    statements += 1;
  });
  return {
    database: {
      prisma,
      kind: 'postgres',
      async close() {
        await prisma.$disconnect();
      },
    },
    count: () => statements,
    reset: () => {
      statements = 0;
    },
  };
}

describe(`${ProgrammeService.name} (query count)`, () => {
  let small: TestDatabase;
  let large: TestDatabase;

  beforeAll(async () => {
    [small, large] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await Promise.all([seedCatalogue(small.db.prisma), seedCatalogue(large.db.prisma)]);
    await Promise.all([seedForum(small.db.prisma, { sessions: 10 }), seedForum(large.db.prisma, { sessions: 40 })]);
  });

  afterAll(async () => {
    await small?.drop();
    await large?.drop();
  });

  async function statementsFor(testDb: TestDatabase, expectedSessions: number): Promise<number> {
    const counted = countingDatabase(testDb.url);
    let app: NestFastifyApplication | undefined;
    try {
      app = await createTestApp(counted.database, { REDIS_URL: 'off' });
      counted.reset();
      const res = await gql<{ edition: { sessions: unknown[] } }>(app, PROGRAMME_QUERY, { s: 'china-central-asia' });
      expect(res.errors).toBeUndefined();
      expect(res.data?.edition.sessions).toHaveLength(expectedSessions);
      return counted.count();
    } finally {
      await app?.close();
      await counted.database.close();
    }
  }

  it('sends as many SQL statements for 40 sessions as for 10', async () => {
    const forTen = await statementsFor(small, 10);
    const forForty = await statementsFor(large, 40);
    expect(forTen).toBeGreaterThan(0);
    expect(forForty).toBe(forTen);
  });
});
