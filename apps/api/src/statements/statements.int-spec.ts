import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { seedDemo } from '@caravan/db/seed';
import { createTestDatabase, type TestDatabase } from '@caravan/db/testing';
import { createTestApp, gql } from '../testing/create-test-app.js';
import { StatementsResolver } from './statements.resolver.js';

interface StatementNode {
  id: string;
  summary: { text: string; language: string };
  person: { slug: string };
  session: { slug: string } | null;
  edition: { number: number };
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: StatementNode }[];
}

const QUERY = `query($first: Int, $after: String, $person: String, $edition: Int) {
  statements(series: "china-central-asia", edition: $edition, person: $person, first: $first, after: $after, lang: "zh-Hans") {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id summary { text language } person { slug } session { slug } edition { number } } } } }`;

describe(StatementsResolver.name, () => {
  let testDb: TestDatabase;
  let app: NestFastifyApplication;
  let seeded: number;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    await seedDemo(testDb.db.prisma);
    seeded = await testDb.db.prisma.statement.count();
    app = await createTestApp(testDb.db, { REDIS_URL: 'off' });
  });

  afterAll(async () => {
    await app?.close();
    await testDb?.drop();
  });

  it('pages the statements of a series with person, session and edition', async () => {
    expect(seeded).toBeGreaterThan(3);
    const first = await gql<{ statements: Page }>(app, QUERY, { first: 3, edition: 11 });
    expect(first.errors).toBeUndefined();
    expect(first.data?.statements.totalCount).toBe(seeded);
    expect(first.data?.statements.pageInfo.hasNextPage).toBe(true);
    const rest = await gql<{ statements: Page }>(app, QUERY, { first: 100, after: first.data?.statements.pageInfo.endCursor });
    const ids = [...(first.data?.statements.edges ?? []), ...(rest.data?.statements.edges ?? [])].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(seeded);
    const node = first.data?.statements.edges[0]?.node;
    expect(node?.summary.language).toBe('zh-Hans');
    expect(node?.session?.slug).toBe('opening-plenary');
    expect(node?.edition.number).toBe(11);
  });

  it('filters by person', async () => {
    const res = await gql<{ statements: Page }>(app, QUERY, { person: 'sulaimon-ziyozoda' });
    expect(res.data?.statements.totalCount).toBe(1);
    expect(res.data?.statements.edges[0]?.node.summary.text).toContain('40亿美元');
  });

  it('lists statements on the edition and hides unpublished ones', async () => {
    const statement = await testDb.db.prisma.statement.findFirstOrThrow({ where: { person: { slug: 'sulaimon-ziyozoda' } } });
    await testDb.db.prisma.statement.update({ where: { id: statement.id }, data: { published: false } });
    try {
      const res = await gql<{ edition: { statements: { id: string }[] } }>(app, `{ edition(series: "china-central-asia", number: 11) { statements { id } } }`);
      expect(res.data?.edition.statements).toHaveLength(seeded - 1);
      expect(res.data?.edition.statements.map((s) => s.id)).not.toContain(statement.id);
      const list = await gql<{ statements: Page }>(app, QUERY, { person: 'sulaimon-ziyozoda' });
      expect(list.data?.statements.totalCount).toBe(0);
    } finally {
      await testDb.db.prisma.statement.update({ where: { id: statement.id }, data: { published: true } });
    }
  });
});
