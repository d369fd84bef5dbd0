import { useTestApi } from '../testing/suite-api.js';
import { AgreementsResolver } from './agreements.resolver.js';

interface Page<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: N }[];
}
interface AgreementNode {
  slug: string;
  type: string;
  confidential: boolean;
  value: { amount: string; currency: string } | null;
}
interface Tally {
  count: number;
  disclosedCount: number;
  confidentialCount: number;
  disclosedValues: { amount: string; currency: string }[];
}

const PAGE = `query($first: Int, $after: String, $filter: AgreementFilter) {
  agreements(series: "china-central-asia", first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { slug type confidential value { amount currency } } } } }`;

describe(AgreementsResolver.name, () => {
  const api = useTestApi({ env: { REDIS_URL: 'off' } });

  const page = (variables: Record<string, unknown>) => api.gql<{ agreements: Page<AgreementNode> }>(PAGE, variables);

  it('lists the 35 agreements of edition 11 in pages that do not overlap', async () => {
    const first = await page({ first: 20, filter: { editions: [11] } });
    expect(first.errors).toBeUndefined();
    expect(first.data?.agreements.totalCount).toBe(35);
    expect(first.data?.agreements.edges).toHaveLength(20);
    expect(first.data?.agreements.pageInfo.hasNextPage).toBe(true);
    const second = await page({ first: 20, after: first.data?.agreements.pageInfo.endCursor, filter: { editions: [11] } });
    expect(second.errors).toBeUndefined();
    expect(second.data?.agreements.edges).toHaveLength(15);
    expect(second.data?.agreements.pageInfo.hasNextPage).toBe(false);
    const slugs = [...(first.data?.agreements.edges ?? []), ...(second.data?.agreements.edges ?? [])].map((e) => e.node.slug);
    expect(new Set(slugs).size).toBe(35);
    expect(slugs).toEqual([...slugs].sort());
    expect(second.data?.agreements.pageInfo.endCursor).toBe(second.data?.agreements.edges.at(-1)?.cursor);
  });

  it('filters by type: the three sister-city agreements, each with a party in Ningxia', async () => {
    const res = await api.gql<{ agreements: Page<{ slug: string; parties: { kind: string; name: { text: string }; subnationalUnit: { id: string; country: { code: string } } | null }[] }> }>(`{ agreements(series: "china-central-asia", filter: { types: [SISTER_CITY] }, lang: "en") { totalCount edges { node { slug parties { kind name { text } subnationalUnit { id country { code } } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data?.agreements.edges.map((e) => e.node) ?? [];
    expect(res.data?.agreements.totalCount).toBe(3);
    expect(nodes.map((n) => n.slug)).toEqual(['sister-ningxia-khorezm', 'sister-ningxia-samarkand', 'sister-shizuishan-nurabad']);
    for (const node of nodes) {
      expect(node.parties.map((p) => p.kind)).toEqual(['SUBNATIONAL_UNIT', 'SUBNATIONAL_UNIT']);
      expect(node.parties[0]?.subnationalUnit?.country.code).toBe('CN');
      expect(node.parties[1]?.subnationalUnit?.country.code).toBe('UZ');
    }
    expect(nodes[0]?.parties[0]?.name.text).toBe('Ningxia Hui Autonomous Region');
  });

  it('filters by country through a party subdivision, by track and by status', async () => {
    const uz = await page({ first: 100, filter: { country: 'uz' } });
    expect(uz.errors).toBeUndefined();
    // Three sister agreements through Uzbek regions, six demo projects with Uzbekistan itself.
    expect(uz.data?.agreements.totalCount).toBe(9);
    const sisterTrack = await page({ first: 100, filter: { track: 'sister-cities', types: ['SISTER_CITY'] } });
    expect(sisterTrack.data?.agreements.totalCount).toBe(3);
    const proposed = await page({ first: 100, filter: { statuses: ['PROPOSED'] } });
    expect(proposed.data?.agreements.totalCount).toBe(0);
    const otherEdition = await page({ first: 100, filter: { editions: [10] } });
    expect(otherEdition.data?.agreements.totalCount).toBe(0);
  });

  it('hides the value of confidential agreements', async () => {
    const all = await page({ first: 100 });
    const edges = all.data?.agreements.edges ?? [];
    const confidential = edges.filter((e) => e.node.confidential);
    expect(confidential).toHaveLength(4);
    expect(confidential.every((e) => e.node.value === null)).toBe(true);
    const disclosed = edges.filter((e) => e.node.value !== null);
    expect(disclosed).toHaveLength(28);
    expect(disclosed[0]?.node.value?.currency).toBe('CNY');
    expect(disclosed[0]?.node.value?.amount).toMatch(/^\d+\.\d{2}$/);
  });

  it('gives agreement details with edition, session, track, signing date and a language fallback', async () => {
    const res = await api.gql<{ agreements: Page<{ title: { text: string; language: string; fallback: boolean }; signedOn: string; isDemo: boolean; status: string; edition: { number: number }; session: { slug: string; localDate: string }; track: { slug: string } }> }>(`{ agreements(series: "china-central-asia", first: 1, filter: { types: [SISTER_CITY] }, lang: "kk") { edges { node {
        title { text language fallback } signedOn isDemo status edition { number } session { slug localDate } track { slug } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.agreements.edges[0]?.node).toEqual({
      title: { text: 'Sister-region agreement: Ningxia and Khorezm Region', language: 'en', fallback: true },
      signedOn: '2024-10-27',
      isDemo: false,
      status: 'SIGNED',
      edition: { number: 11 },
      session: { slug: 'signing-ceremony', localDate: '2024-10-27' },
      track: { slug: 'sister-cities' },
    });
  });

  it('reports milestones with their edition', async () => {
    const agreement = await api.prisma.agreement.findFirstOrThrow({ where: { slug: 'sister-ningxia-samarkand' } });
    await api.prisma.agreementMilestone.create({
      data: { agreementId: agreement.id, editionId: agreement.editionId, date: new Date('2025-03-01T00:00:00Z'), status: 'IN_IMPLEMENTATION', note: { en: 'First exchange visit' } },
    });
    const all = await api.gql<{ agreements: Page<{ slug: string; milestones: unknown[] }> }>(`{ agreements(series: "china-central-asia", first: 3, filter: { types: [SISTER_CITY] }) { edges { node { slug milestones { date status note { text } edition { number } } } } } }`,
    );
    const samarkand = all.data?.agreements.edges.find((e) => e.node.slug === 'sister-ningxia-samarkand');
    expect(samarkand?.node.milestones).toEqual([{ date: '2025-03-01', status: 'IN_IMPLEMENTATION', note: { text: 'First exchange visit' }, edition: { number: 11 } }]);
  });

  it('computes statistics without confidential values', async () => {
    const res = await api.gql<{ agreementStats: { total: Tally; byType: (Tally & { type: string })[]; byCountry: (Tally & { countryCode: string; country: { code: string } })[] } }>(`{ agreementStats(series: "china-central-asia", edition: 11) {
        total { count disclosedCount confidentialCount disclosedValues { amount currency } }
        byType { type count disclosedCount confidentialCount disclosedValues { amount currency } }
        byCountry { countryCode country { code } count disclosedCount confidentialCount disclosedValues { amount currency } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const stats = res.data?.agreementStats;
    // The reported 11.2 bn CNY is exactly the sum of the disclosed values.
    expect(stats?.total).toEqual({ count: 35, disclosedCount: 28, confidentialCount: 4, disclosedValues: [{ amount: '11200000000.00', currency: 'CNY' }] });
    expect(stats?.byType.find((t) => t.type === 'SISTER_CITY')).toEqual({ type: 'SISTER_CITY', count: 3, disclosedCount: 0, confidentialCount: 0, disclosedValues: [] });
    expect(stats?.byType.reduce((sum, t) => sum + t.count, 0)).toBe(35);
    const china = stats?.byCountry.find((c) => c.countryCode === 'CN');
    expect(china).toMatchObject({ country: { code: 'CN' }, count: 35, confidentialCount: 4, disclosedValues: [{ amount: '11200000000.00', currency: 'CNY' }] });
    expect(stats?.byCountry.find((c) => c.countryCode === 'UZ')?.count).toBe(9);
    // Per-country sums agree with the values visitors can read one by one.
    const uzPage = await page({ first: 100, filter: { country: 'UZ' } });
    const uzSum = (uzPage.data?.agreements.edges ?? []).reduce((sum, e) => sum + Number(e.node.value?.amount ?? 0), 0);
    expect(Number(stats?.byCountry.find((c) => c.countryCode === 'UZ')?.disclosedValues[0]?.amount)).toBe(uzSum);
  });

  it('answers BAD_USER_INPUT naming first and its range, and a bad cursor', async () => {
    for (const first of [0, 101]) {
      const res = await page({ first });
      expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.['problems']).toEqual([{ field: 'first', reason: 'must be between 1 and 100' }]);
    }
    const bad = await page({ first: 5, after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('after');
  });

  it('pages Edition.agreements with the same filter', async () => {
    const res = await api.gql<{ edition: { agreements: Page<{ slug: string }> } }>(`{ edition(series: "china-central-asia", number: 11) { agreements(first: 2, filter: { country: "KG" }) { totalCount pageInfo { hasNextPage } edges { node { slug } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.edition.agreements.totalCount).toBe(7);
    expect(res.data?.edition.agreements.edges).toHaveLength(2);
    expect(res.data?.edition.agreements.pageInfo.hasNextPage).toBe(true);
  });

  it('opens one agreement by edition and slug, without a confidential value', async () => {
    const ONE = `query($edition: Int!, $slug: String!) { agreement(series: "china-central-asia", edition: $edition, slug: $slug, lang: "ru") {
      slug type confidential value { amount currency } edition { number } parties { kind name { text } } } }`;
    const one = (edition: number, slug: string) => api.gql<{ agreement: { slug: string; confidential: boolean; value: unknown; edition: { number: number }; parties: { kind: string; name: { text: string } }[] } | null }>(ONE, { edition, slug });
    const samarkand = await one(11, 'sister-ningxia-samarkand');
    expect(samarkand.errors).toBeUndefined();
    expect(samarkand.data?.agreement).toMatchObject({ slug: 'sister-ningxia-samarkand', confidential: false, edition: { number: 11 } });
    expect(samarkand.data?.agreement?.parties.map((p) => p.kind)).toEqual(['SUBNATIONAL_UNIT', 'SUBNATIONAL_UNIT']);

    const confidentialRow = await api.prisma.agreement.findFirstOrThrow({ where: { confidential: true } });
    const confidential = await one(11, confidentialRow.slug);
    expect(confidential.data?.agreement).toMatchObject({ slug: confidentialRow.slug, confidential: true, value: null });

    // An unknown slug, another edition or another series: null, not an error.
    expect((await one(11, 'no-such-agreement')).data?.agreement).toBeNull();
    expect((await one(12, 'sister-ningxia-samarkand')).data?.agreement).toBeNull();
    const otherSeries = await api.gql<{ agreement: unknown }>(`{ agreement(series: "china-caucasus", edition: 11, slug: "sister-ningxia-samarkand") { slug } }`);
    expect(otherSeries.data?.agreement).toBeNull();

    const bad = await one(11, 'Not A Slug');
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('slug');
    expect(bad.data?.agreement ?? null).toBeNull();
  });

  it('shows nothing unpublished: an agreement, then the whole edition', async () => {
    await api.prisma.agreement.updateMany({ where: { slug: 'sister-ningxia-khorezm' }, data: { published: false } });
    const afterAgreement = await page({ first: 100 });
    expect(afterAgreement.data?.agreements.totalCount).toBe(34);
    expect(afterAgreement.data?.agreements.edges.map((e) => e.node.slug)).not.toContain('sister-ningxia-khorezm');
    const stats = await api.gql<{ agreementStats: { total: { count: number } } }>(`{ agreementStats(series: "china-central-asia") { total { count } } }`);
    expect(stats.data?.agreementStats.total.count).toBe(34);

    await api.prisma.edition.updateMany({ where: { number: 11 }, data: { published: false } });
    try {
      const hidden = await page({ first: 100 });
      expect(hidden.data?.agreements.totalCount).toBe(0);
      const hiddenStats = await api.gql<{ agreementStats: { total: { count: number }; byCountry: unknown[] } }>(`{ agreementStats(series: "china-central-asia") { total { count } byCountry { countryCode } } }`);
      expect(hiddenStats.data?.agreementStats).toEqual({ total: { count: 0 }, byCountry: [] });
    } finally {
      await api.prisma.edition.updateMany({ where: { number: 11 }, data: { published: true } });
      await api.prisma.agreement.updateMany({ where: { slug: 'sister-ningxia-khorezm' }, data: { published: true } });
    }
  });
});
