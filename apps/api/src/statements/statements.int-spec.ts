import { startTestApi, type TestApi } from '../testing/test-api.js';
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
  let api: TestApi;
  let seeded: number;

  beforeAll(async () => {
    api = await startTestApi({ env: { REDIS_URL: 'off' } });
    seeded = await api.prisma.statement.count();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('pages the statements of a series with person, session and edition', async () => {
    expect(seeded).toBeGreaterThan(3);
    const first = await api.gql<{ statements: Page }>(QUERY, { first: 3, edition: 11 });
    expect(first.errors).toBeUndefined();
    expect(first.data?.statements.totalCount).toBe(seeded);
    expect(first.data?.statements.pageInfo.hasNextPage).toBe(true);
    const rest = await api.gql<{ statements: Page }>(QUERY, { first: 100, after: first.data?.statements.pageInfo.endCursor });
    const ids = [...(first.data?.statements.edges ?? []), ...(rest.data?.statements.edges ?? [])].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(seeded);
    const node = first.data?.statements.edges[0]?.node;
    expect(node?.summary.language).toBe('zh-Hans');
    expect(node?.session?.slug).toBe('opening-plenary');
    expect(node?.edition.number).toBe(11);
  });

  it('filters by person', async () => {
    const res = await api.gql<{ statements: Page }>(QUERY, { person: 'sulaimon-ziyozoda' });
    expect(res.data?.statements.totalCount).toBe(1);
    expect(res.data?.statements.edges[0]?.node.summary.text).toContain('40亿美元');
  });

  it('lists statements on the edition and hides unpublished ones', async () => {
    const statement = await api.prisma.statement.findFirstOrThrow({ where: { person: { slug: 'sulaimon-ziyozoda' } } });
    await api.prisma.statement.update({ where: { id: statement.id }, data: { published: false } });
    try {
      const res = await api.gql<{ edition: { statements: { id: string }[] } }>(`{ edition(series: "china-central-asia", number: 11) { statements { id } } }`);
      expect(res.data?.edition.statements).toHaveLength(seeded - 1);
      expect(res.data?.edition.statements.map((s) => s.id)).not.toContain(statement.id);
      const list = await api.gql<{ statements: Page }>(QUERY, { person: 'sulaimon-ziyozoda' });
      expect(list.data?.statements.totalCount).toBe(0);
    } finally {
      await api.prisma.statement.update({ where: { id: statement.id }, data: { published: true } });
    }
  });
});
