import { PrismaClient, type Database } from '@caravan/db';
import { seedDemo } from '@caravan/db/seed';
import { createTestDatabase, type TestDatabase } from '@caravan/db/testing';
import { PrismaPg } from '@prisma/adapter-pg';
import { seedCatalogue, seedForum } from '../testing/fixtures.js';
import { startTestApi, type TestApi } from '../testing/test-api.js';
import { ProgrammeService } from './programme.service.js';

const PROGRAMME_QUERY = `query($s: String!) { edition(series: $s, number: 11, lang: "ru") {
  theme { text } hostCountry { name { text } } series { name { text } } organizers { name { text } }
  tracks { slug name { text } } rooms { name { text } venueName { text } } programmeDays
  sessions { slug title { text } localStart room { name { text } } track { slug name { text } }
    speakers { role person { name { text } position { text } organization { name { text } country { code } } country { name { text } region { code } } } } }
  delegations { country { code } head { name { text } } members { slug } } programmeDocument { url } } }`;

const AGREEMENTS_QUERY = `query($first: Int!) { agreements(series: "china-central-asia", first: $first, lang: "ru") {
  totalCount edges { node { slug title { text } value { amount currency } signedOn edition { number } session { slug localStart } track { slug name { text } }
    parties { kind name { text } country { code name { text } } subnationalUnit { id name { text } country { code } } organization { slug name { text } } }
    milestones { date } } } } }`;

/** Counts the SQL statements Prisma sends for requests, through the client's own query event. */
function countingDatabase(url: string): { database: Database; count: () => number; reset: () => void } {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }), log: [{ emit: 'event', level: 'query' }] });
  let statements = 0;
  prisma.$on('query', (event) => {
    // The api's own background work (the outbox's passes, the hourly clean-up, their
    // transactions) runs beside the request and is not part of the query being counted.
    if (/"OutboxJob"|"AuthSession"|^\s*(?:BEGIN|COMMIT|ROLLBACK)\b/i.test(event.query)) return;
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
  let demo: TestDatabase;

  beforeAll(async () => {
    [small, large, demo] = await Promise.all([createTestDatabase(), createTestDatabase(), createTestDatabase()]);
    await Promise.all([seedCatalogue(small.db.prisma), seedCatalogue(large.db.prisma), seedDemo(demo.db.prisma)]);
    await Promise.all([seedForum(small.db.prisma, { sessions: 50 }), seedForum(large.db.prisma, { sessions: 200 })]);
  });

  afterAll(async () => {
    await small?.drop();
    await large?.drop();
    await demo?.drop();
  });

  /** Runs one query on a fresh app over a counting client; answers the statements it sent. */
  async function statementsFor<T>(testDb: TestDatabase, query: string, variables: Record<string, unknown>, check: (data: T | null | undefined) => void): Promise<number> {
    const counted = countingDatabase(testDb.url);
    let api: TestApi | undefined;
    try {
      api = await startTestApi({ database: counted.database, env: { REDIS_URL: 'off' } });
      counted.reset();
      const res = await api.gql<T>(query, variables);
      expect(res.errors).toBeUndefined();
      check(res.data);
      return counted.count();
    } finally {
      await api?.close();
      await counted.database.close();
    }
  }

  it('sends as many SQL statements for the programme of 200 sessions as for 50', async () => {
    const expectSessions = (n: number) => (data: { edition: { sessions: unknown[] } } | null | undefined) => expect(data?.edition.sessions).toHaveLength(n);
    const forFifty = await statementsFor(small, PROGRAMME_QUERY, { s: 'china-central-asia' }, expectSessions(50));
    const forTwoHundred = await statementsFor(large, PROGRAMME_QUERY, { s: 'china-central-asia' }, expectSessions(200));
    console.info(`edition programme query: ${forFifty} SQL statements for 50 sessions, ${forTwoHundred} for 200`);
    expect(forFifty).toBeGreaterThan(0);
    // The same statements whatever the size, give or take one: a loader whose keys arrive in two
    // event-loop ticks (the regions of the countries) batches them into one or two statements.
    expect(Math.abs(forTwoHundred - forFifty)).toBeLessThanOrEqual(1);
  });

  it('sends as many SQL statements for 35 agreements with parties as for 10', async () => {
    const expectEdges = (n: number) => (data: { agreements: { edges: unknown[] } } | null | undefined) => expect(data?.agreements.edges).toHaveLength(n);
    const forTen = await statementsFor(demo, AGREEMENTS_QUERY, { first: 10 }, expectEdges(10));
    const forAll = await statementsFor(demo, AGREEMENTS_QUERY, { first: 35 }, expectEdges(35));
    console.info(`agreements connection query: ${forTen} SQL statements for 10 agreements, ${forAll} for 35`);
    expect(forTen).toBeGreaterThan(0);
    expect(forAll).toBe(forTen);
  });
});
