import { startTestApi, type TestApi } from '../testing/test-api.js';
import { PersonResolver } from './people.resolver.js';

interface Page<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: N }[];
}

describe(PersonResolver.name, () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ env: { REDIS_URL: 'off' } });
  });

  afterAll(async () => {
    await api?.close();
  });

  const PEOPLE = `query($first: Int, $after: String, $filter: PeopleFilter, $series: String!) {
    people(series: $series, first: $first, after: $after, filter: $filter, lang: "ru") {
      totalCount pageInfo { hasNextPage endCursor } edges { node { slug name { text } } } } }`;

  it('lists the people of a series in slug order, page by page', async () => {
    const first = await api.gql<{ people: Page<{ slug: string; name: { text: string } }> }>(PEOPLE, { series: 'china-central-asia', first: 4 });
    expect(first.errors).toBeUndefined();
    expect(first.data?.people.totalCount).toBe(6);
    expect(first.data?.people.pageInfo.hasNextPage).toBe(true);
    const second = await api.gql<{ people: Page<{ slug: string }> }>(PEOPLE, { series: 'china-central-asia', first: 4, after: first.data?.people.pageInfo.endCursor });
    expect(second.data?.people.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
    const slugs = [...(first.data?.people.edges ?? []), ...(second.data?.people.edges ?? [])].map((e) => e.node.slug);
    expect(slugs).toEqual(['akmal-saidov', 'bayram-klychmamedov', 'edil-baisalov', 'shakhrat-nuryshev', 'shen-yueyue', 'sulaimon-ziyozoda']);
    expect(first.data?.people.edges[2]?.node.name.text).toBe('Эдиль Байсалов');
  });

  it('filters people by country and organization; another series has none of them', async () => {
    const kz = await api.gql<{ people: Page<{ slug: string }> }>(PEOPLE, { series: 'china-central-asia', filter: { country: 'KZ' } });
    expect(kz.data?.people.edges.map((e) => e.node.slug)).toEqual(['shakhrat-nuryshev']);
    const org = await api.gql<{ people: Page<{ slug: string }> }>(PEOPLE, { series: 'china-central-asia', filter: { organization: 'tj-government' } });
    expect(org.data?.people.edges.map((e) => e.node.slug)).toEqual(['sulaimon-ziyozoda']);
    const caucasus = await api.gql<{ people: Page<{ slug: string }> }>(PEOPLE, { series: 'china-caucasus' });
    expect(caucasus.data?.people.totalCount).toBe(0);
  });

  it('gives a person with the sessions they speak in and the delegations they belong to', async () => {
    const res = await api.gql<{ person: { slug: string; organization: { slug: string }; sessions: { slug: string; localStart: string }[]; delegations: { country: { code: string }; head: { slug: string } }[] }; missing: null }>(`{ person(slug: "edil-baisalov") { slug organization { slug } sessions { slug localStart } delegations { country { code } head { slug } } }
         missing: person(slug: "nobody-here") { slug } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.person.organization.slug).toBe('kg-cabinet-of-ministers');
    expect(res.data?.person.sessions.map((s) => s.slug)).toContain('opening-plenary');
    expect(res.data?.person.delegations).toEqual([{ country: { code: 'KG' }, head: { slug: 'edil-baisalov' } }]);
    expect(res.data?.missing).toBeNull();
  });

  it('hides an unpublished person everywhere', async () => {
    await api.prisma.person.update({ where: { slug: 'edil-baisalov' }, data: { published: false } });
    try {
      const list = await api.gql<{ people: Page<{ slug: string }> }>(PEOPLE, { series: 'china-central-asia', first: 100 });
      expect(list.data?.people.totalCount).toBe(5);
      expect(list.data?.people.edges.map((e) => e.node.slug)).not.toContain('edil-baisalov');
      const one = await api.gql<{ person: null }>(`{ person(slug: "edil-baisalov") { slug } }`);
      expect(one.data?.person).toBeNull();
    } finally {
      await api.prisma.person.update({ where: { slug: 'edil-baisalov' }, data: { published: true } });
    }
  });

  it('lists organizations by kind and country with a total', async () => {
    const res = await api.gql<{ all: Page<{ slug: string }>; gov: Page<{ slug: string; kind: string }>; kz: Page<{ slug: string; country: { code: string } }> }>(`{ all: organizations(first: 100) { totalCount edges { node { slug } } }
         gov: organizations(filter: { kind: GOVERNMENT_BODY }) { totalCount edges { node { slug kind } } }
         kz: organizations(filter: { country: "kz" }) { totalCount edges { node { slug country { code } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const total = await api.prisma.organization.count();
    expect(res.data?.all.totalCount).toBe(total);
    expect(res.data?.all.edges).toHaveLength(total);
    expect(res.data?.gov.edges.every((e) => e.node.kind === 'GOVERNMENT_BODY')).toBe(true);
    expect(res.data?.gov.edges.map((e) => e.node.slug)).toEqual(expect.arrayContaining(['kg-cabinet-of-ministers', 'ningxia-peoples-government', 'tj-government']));
    expect(res.data?.kz.edges).toEqual([{ node: { slug: 'kz-embassy-china', country: { code: 'KZ' } } }]);
  });

  it('rejects a bad filter with the field named', async () => {
    const res = await api.gql<null>(PEOPLE, { series: 'china-central-asia', filter: { country: 'Kazakhstan' } });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.['problems']).toEqual([{ field: 'filter.country', reason: 'must be an ISO 3166-1 alpha-2 code such as "KZ"' }]);
  });
});
