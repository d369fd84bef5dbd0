// The organizers' reads of accreditation on the real PostgreSQL: who sees which categories (per
// role, per edition grant), filters, paging, counts, and applications.csv over HTTP.
import { parse } from 'csv-parse/sync';
import { seedCatalogue, seedForum, seedOrganizer, type ForumFixture } from '../../testing/fixtures.js';
import { startTestApi, type TestApi } from '../../testing/test-api.js';
import { ApplicationsReviewResolver } from './applications-review.resolver.js';
import { seedApplication, seedCategory, type SeededApplication } from './testing/accreditation-fixtures.js';

const LIST = `query($edition: ID!, $filter: ApplicationFilter, $first: Int, $after: String) {
  applications(editionId: $edition, filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id reference status category categoryKind email givenName familyName citizenship outlet delegationId } }
  }
}`;
const COUNTS = `query($edition: ID!) { applicationCounts(editionId: $edition) { category status count } }`;

interface ListData {
  applications: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; reference: string; status: string; category: string; categoryKind: string; email: string; citizenship: string; outlet: string | null; delegationId: string | null } }[];
  };
}

describe(ApplicationsReviewResolver.name, () => {
  let api: TestApi;
  let forum: ForumFixture;
  let edition12: string;
  let delegationId: string;
  const tokens: Record<string, string> = {};
  const apps: Record<string, SeededApplication> = {};

  beforeAll(async () => {
    api = await startTestApi({
      seed: async (prisma) => {
        await seedCatalogue(prisma);
        forum = await seedForum(prisma, { slug: 'china-central-asia', number: 11, sessions: 1 });
        await seedForum(prisma, { slug: 'china-caucasus', number: 1, sessions: 1 });
      },
    });
    const prisma = api.prisma;
    edition12 = (await prisma.edition.findFirstOrThrow({ where: { seriesId: forum.seriesId, number: 12 } })).id;
    delegationId = (await prisma.delegation.findFirstOrThrow({ where: { editionId: forum.editionId } })).id;
    const business = await seedCategory(prisma, forum.editionId, { slug: 'business', kind: 'BUSINESS' });
    const media = await seedCategory(prisma, forum.editionId, { slug: 'media', kind: 'MEDIA' });
    const delegates = await seedCategory(prisma, forum.editionId, { slug: 'delegation-member', kind: 'DELEGATION_MEMBER' });
    const other = await seedCategory(prisma, edition12, { slug: 'business', kind: 'BUSINESS' });
    const base = (minutes: number) => new Date(Date.UTC(2026, 10, 1, 8, minutes));
    apps['aigerim'] = await seedApplication(prisma, { editionId: forum.editionId, categoryId: business, givenName: 'Aigerim', familyName: 'Nurlanova', email: 'aigerim@astana-trade.kz', organization: 'Astana Trade House', citizenship: 'KZ', createdAt: base(1) });
    apps['bakyt'] = await seedApplication(prisma, { editionId: forum.editionId, categoryId: business, status: 'APPROVED', givenName: 'Bakyt', familyName: 'Osmonov', citizenship: 'KG', createdAt: base(2) });
    apps['li'] = await seedApplication(prisma, { editionId: forum.editionId, categoryId: business, status: 'WAITLISTED', givenName: 'Li', familyName: 'Wei', citizenship: 'CN', organization: '=cmd()', createdAt: base(3) });
    apps['dina'] = await seedApplication(prisma, { editionId: forum.editionId, categoryId: media, givenName: 'Dina', familyName: 'Saparova', citizenship: 'KZ', outlet: 'Kazinform', mediaRole: 'JOURNALIST', createdAt: base(4) });
    apps['zhou'] = await seedApplication(prisma, { editionId: forum.editionId, categoryId: media, status: 'REJECTED', givenName: 'Zhou', familyName: 'Min', citizenship: 'CN', outlet: 'Xinhua', mediaRole: 'CAMERA', createdAt: base(5) });
    apps['erlan'] = await seedApplication(prisma, { editionId: forum.editionId, categoryId: delegates, givenName: 'Erlan', familyName: 'Abdrakhmanov', citizenship: 'KZ', delegationId, createdAt: base(6) });
    apps['elsewhere'] = await seedApplication(prisma, { editionId: edition12, categoryId: other, givenName: 'Other', familyName: 'Edition', createdAt: base(7) });

    const organizer = async (name: string, grants: Parameters<typeof seedOrganizer>[1]) => {
      tokens[name] = (await api.signIn(await seedOrganizer(prisma, grants))).accessToken;
    };
    await organizer('seriesAdmin', { grants: [{ seriesSlug: 'china-central-asia', role: 'SERIES_ADMIN' }] });
    await organizer('registration', { grants: [{ seriesSlug: 'china-central-asia', role: 'REGISTRATION_OFFICER' }] });
    await organizer('media11', { grants: [{ seriesSlug: 'china-central-asia', editionNumber: 11, role: 'MEDIA_OFFICER' }] });
    await organizer('media12', { grants: [{ seriesSlug: 'china-central-asia', editionNumber: 12, role: 'MEDIA_OFFICER' }] });
    await organizer('checkin', { grants: [{ seriesSlug: 'china-central-asia', role: 'CHECKIN_STAFF' }] });
    await organizer('caucasusAdmin', { grants: [{ seriesSlug: 'china-caucasus', role: 'SERIES_ADMIN' }] });
  });

  afterAll(async () => {
    await api?.close();
  });

  const list = (who: string | null, variables: Record<string, unknown> = {}) => api.gql<ListData>(LIST, { edition: forum.editionId, ...variables }, who ? { token: tokens[who] } : {});
  const references = (data: ListData | null | undefined) => data?.applications.edges.map((edge) => edge.node.reference) ?? [];
  const refs = (...names: string[]) => names.map((name) => apps[name]?.reference);

  it('shows registration officers the non-media categories, media officers the media ones, series admins all, newest first', async () => {
    const admin = await list('seriesAdmin');
    expect(admin.errors).toBeUndefined();
    expect(references(admin.data)).toEqual(refs('erlan', 'zhou', 'dina', 'li', 'bakyt', 'aigerim'));
    expect(admin.data?.applications.totalCount).toBe(6);
    expect(references((await list('registration')).data)).toEqual(refs('erlan', 'li', 'bakyt', 'aigerim'));
    const media = await list('media11');
    expect(references(media.data)).toEqual(refs('zhou', 'dina'));
    expect(media.data?.applications.edges.every((edge) => edge.node.categoryKind === 'MEDIA')).toBe(true);
  });

  it('refuses visitors, organizers without a review role, a grant of another edition and another series', async () => {
    expect((await list(null)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    for (const who of ['checkin', 'media12', 'caucasusAdmin']) {
      const res = await list(who);
      expect({ who, code: res.errors?.[0]?.extensions?.['code'], data: res.data ?? null }).toEqual({ who, code: 'FORBIDDEN', data: null });
    }
    // The edition grant works where it is given.
    const own = await api.gql<ListData>(LIST, { edition: edition12 }, { token: tokens['media12'] });
    expect(own.errors).toBeUndefined();
    expect(references(own.data)).toEqual([]);
    const unknown = await list('seriesAdmin', { edition: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('filters by status, category, delegation, citizenship and text over names, email, organization, outlet and reference', async () => {
    const filtered = async (filter: Record<string, unknown>) => references((await list('seriesAdmin', { filter })).data);
    expect(await filtered({ statuses: ['APPROVED', 'WAITLISTED'] })).toEqual(refs('li', 'bakyt'));
    expect(await filtered({ categories: ['media'] })).toEqual(refs('zhou', 'dina'));
    expect(await filtered({ delegationId })).toEqual(refs('erlan'));
    expect(await filtered({ citizenship: 'kz' })).toEqual(refs('erlan', 'dina', 'aigerim'));
    expect(await filtered({ text: 'NURLAN' })).toEqual(refs('aigerim'));
    expect(await filtered({ text: 'astana-trade' })).toEqual(refs('aigerim'));
    expect(await filtered({ text: 'trade house' })).toEqual(refs('aigerim'));
    expect(await filtered({ text: 'xinhua' })).toEqual(refs('zhou'));
    expect(await filtered({ text: apps['li']?.reference.toLowerCase() })).toEqual(refs('li'));
    expect(await filtered({ citizenship: 'KZ', categories: ['business'], statuses: ['SUBMITTED'] })).toEqual(refs('aigerim'));
    // The scope still holds under a filter: a registration officer asking for media gets none.
    expect(references((await list('registration', { filter: { categories: ['media'] } })).data)).toEqual([]);
  });

  it('names the bad filter field and reads nothing', async () => {
    const res = await list('seriesAdmin', { filter: { citizenship: 'Kazakhstan', text: 'x'.repeat(201) } });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const fields = (res.errors?.[0]?.extensions?.['problems'] as { field: string }[]).map((p) => p.field).sort();
    expect(fields).toEqual(['filter.citizenship', 'filter.text']);
    expect((await list('seriesAdmin', { after: 'nonsense' })).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('pages with cursors through every application exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const res: { data?: ListData | null } = await list('seriesAdmin', { first: 4, after });
      seen.push(...references(res.data));
      if (!res.data?.applications.pageInfo.hasNextPage) break;
      after = res.data.applications.pageInfo.endCursor;
    }
    expect(seen).toEqual(refs('erlan', 'zhou', 'dina', 'li', 'bakyt', 'aigerim'));
  });

  it('counts per category and status within the reader’s categories', async () => {
    const counts = async (who: string) => (await api.gql<{ applicationCounts: { category: string; status: string; count: number }[] }>(COUNTS, { edition: forum.editionId }, { token: tokens[who] })).data?.applicationCounts;
    expect(await counts('seriesAdmin')).toEqual([
      { category: 'business', status: 'SUBMITTED', count: 1 },
      { category: 'business', status: 'APPROVED', count: 1 },
      { category: 'business', status: 'WAITLISTED', count: 1 },
      { category: 'delegation-member', status: 'SUBMITTED', count: 1 },
      { category: 'media', status: 'SUBMITTED', count: 1 },
      { category: 'media', status: 'REJECTED', count: 1 },
    ]);
    expect((await counts('media11'))?.map((c) => c.category)).toEqual(['media', 'media']);
    expect((await api.gql(COUNTS, { edition: forum.editionId }, { token: tokens['checkin'] })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  describe('applications.csv', () => {
    const csv = (token?: string, path = '/export/china-central-asia/11/applications.csv') =>
      api.app.inject({ method: 'GET', url: path, headers: token ? { authorization: `Bearer ${token}` } : {} });

    it('gives each reader the rows of their categories, private and neutralised', async () => {
      const res = await csv(tokens['registration']);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/csv');
      expect(res.headers['cache-control']).toBe('private, no-cache');
      const [header, ...rows] = parse(res.body.replace(/^\uFEFF/, '')) as string[][];
      expect(header?.slice(0, 3)).toEqual(['reference', 'status', 'category']);
      expect(rows.map((row) => row[0])).toEqual(refs('erlan', 'li', 'bakyt', 'aigerim'));
      expect(rows.find((row) => row[0] === apps['li']?.reference)?.[8]).toBe("'=cmd()");
      expect(rows.find((row) => row[0] === apps['erlan']?.reference)?.[11]).toBe('KZ');
      const media = parse((await csv(tokens['media11'])).body.replace(/^\uFEFF/, '')) as string[][];
      expect(media.slice(1).map((row) => row[0])).toEqual(refs('zhou', 'dina'));
    });

    it('refuses visitors, bad tokens and organizers without the role; an unknown edition is not found', async () => {
      expect((await csv()).statusCode).toBe(401);
      expect((await csv('not-a-token')).statusCode).toBe(401);
      expect((await csv(tokens['checkin'])).statusCode).toBe(403);
      expect((await csv(tokens['caucasusAdmin'])).statusCode).toBe(403);
      expect((await csv(tokens['seriesAdmin'], '/export/china-central-asia/99/applications.csv')).statusCode).toBe(404);
      expect((await csv(tokens['seriesAdmin'])).statusCode).toBe(200);
    });
  });
});
