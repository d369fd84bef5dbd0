// The reads the console's queue adds, on the real PostgreSQL: an application's history (who
// decided, when, why), its photo over HTTP for the readers of that application only, and every
// edition of a series (drafts included) for the series' organizers.
import { JOB_SERVICES } from '../../config/config.tokens.js';
import type { JobServices } from '@caravan/jobs';
import { seedCatalogue, seedEdition, seedForum, seedOrganizer, type ForumFixture } from '../../testing/fixtures.js';
import { startTestApi, type TestApi } from '../../testing/test-api.js';
import { ApplicationHistoryResolver } from './application-history.resolver.js';
import { seedApplication, seedCategory, type SeededApplication } from './testing/accreditation-fixtures.js';

const HISTORY = `query($edition: ID!, $text: String!) {
  applications(editionId: $edition, filter: { text: $text }) { edges { node { reference hasPhoto history { action status reason by actorEmail } } } }
}`;
const APPROVE = `mutation($ids: [ID!]!, $reason: String) { approveApplications(ids: $ids, reason: $reason) { id status error } }`;
const EDITIONS = `query($series: String!) { organizerEditions(series: $series) { number published hostCity } }`;
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);

interface HistoryData {
  applications: { edges: { node: { reference: string; hasPhoto: boolean; history: { action: string; status: string | null; reason: string | null; by: string | null; actorEmail: string | null }[] } }[] };
}

describe(ApplicationHistoryResolver.name, () => {
  let api: TestApi;
  let forum: ForumFixture;
  const tokens: Record<string, string> = {};
  const emails: Record<string, string> = {};
  const apps: Record<string, SeededApplication> = {};

  beforeAll(async () => {
    api = await startTestApi({
      seed: async (prisma) => {
        await seedCatalogue(prisma);
        forum = await seedForum(prisma, { slug: 'china-central-asia', number: 11, sessions: 0 });
        await seedForum(prisma, { slug: 'china-caucasus', number: 1, sessions: 0 });
      },
    });
    const prisma = api.prisma;
    await seedEdition(prisma, forum.seriesId, 30, { published: false });
    const business = await seedCategory(prisma, forum.editionId, { slug: 'business', kind: 'BUSINESS' });
    const media = await seedCategory(prisma, forum.editionId, { slug: 'media', kind: 'MEDIA' });
    apps['aigerim'] = await seedApplication(prisma, { editionId: forum.editionId, categoryId: business, givenName: 'Aigerim', familyName: 'Nurlanova' });
    apps['dina'] = await seedApplication(prisma, { editionId: forum.editionId, categoryId: media, givenName: 'Dina', familyName: 'Saparova', outlet: 'Kazinform', mediaRole: 'JOURNALIST' });
    apps['nophoto'] = await seedApplication(prisma, { editionId: forum.editionId, categoryId: business, givenName: 'Timur', familyName: 'Abenov' });
    const storage = api.app.get<JobServices>(JOB_SERVICES).storage;
    for (const name of ['aigerim', 'dina']) {
      const key = `editions/${forum.editionId}/photos/${apps[name]?.id ?? ''}.jpg`;
      await storage.put(key, JPEG, { contentType: 'image/jpeg' });
      await prisma.application.update({ where: { id: apps[name]?.id ?? '' }, data: { photoKey: key } });
    }
    const organizer = async (name: string, grants: NonNullable<Parameters<typeof seedOrganizer>[1]>['grants']) => {
      const seeded = await seedOrganizer(prisma, { grants: grants ?? [] });
      emails[name] = seeded.email;
      tokens[name] = (await api.signIn(seeded)).accessToken;
    };
    await organizer('registration11', [{ seriesSlug: 'china-central-asia', editionNumber: 11, role: 'REGISTRATION_OFFICER' }]);
    await organizer('media', [{ seriesSlug: 'china-central-asia', role: 'MEDIA_OFFICER' }]);
    await organizer('caucasusAdmin', [{ seriesSlug: 'china-caucasus', role: 'SERIES_ADMIN' }]);
  });

  afterAll(async () => {
    await api?.close();
  });

  const photo = (id: string, token?: string) => api.app.inject({ method: 'GET', url: `/review/applications/${id}/photo`, headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('lists the decisions of an application with the organizer who made each and the reason', async () => {
    const approved = await api.gql(APPROVE, { ids: [apps['aigerim']?.id], reason: 'Confirmed by the ministry' }, { token: tokens['registration11'] });
    expect(approved.errors).toBeUndefined();
    const res = await api.gql<HistoryData>(HISTORY, { edition: forum.editionId, text: apps['aigerim']?.reference }, { token: tokens['registration11'] });
    expect(res.errors).toBeUndefined();
    const node = res.data?.applications.edges[0]?.node;
    expect(node?.hasPhoto).toBe(true);
    expect(node?.history.at(-1)).toEqual({ action: 'update', status: 'APPROVED', reason: 'Confirmed by the ministry', by: 'OFFICER', actorEmail: emails['registration11'] });
  });

  it('says when there is no photo, and has no history for an application nobody decided', async () => {
    const res = await api.gql<HistoryData>(HISTORY, { edition: forum.editionId, text: apps['nophoto']?.reference }, { token: tokens['registration11'] });
    expect(res.data?.applications.edges[0]?.node).toMatchObject({ hasPhoto: false, history: [] });
  });

  it('serves the photo to the readers of that application only, never cached by others', async () => {
    const own = await photo(apps['aigerim']?.id ?? '', tokens['registration11']);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('image/jpeg');
    expect(own.headers['cache-control']).toBe('private, no-store');
    expect(own.rawPayload.equals(JPEG)).toBe(true);
    // Media applications are the media centre's, and the other way round.
    expect((await photo(apps['dina']?.id ?? '', tokens['registration11'])).statusCode).toBe(403);
    expect((await photo(apps['dina']?.id ?? '', tokens['media'])).statusCode).toBe(200);
    expect((await photo(apps['aigerim']?.id ?? '', tokens['media'])).statusCode).toBe(403);
    expect((await photo(apps['aigerim']?.id ?? '', tokens['caucasusAdmin'])).statusCode).toBe(403);
  });

  it('asks for sign-in first, and names a malformed id, an unknown one and a missing photo', async () => {
    expect((await photo(apps['aigerim']?.id ?? '')).statusCode).toBe(401);
    expect((await photo(apps['aigerim']?.id ?? '', 'not-a-token')).statusCode).toBe(401);
    const malformed = await photo('not-an-id', tokens['registration11']);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ error: { problems: [{ field: 'id' }] } });
    expect((await photo('00000000-0000-4000-8000-000000000000', tokens['registration11'])).statusCode).toBe(404);
    expect((await photo(apps['nophoto']?.id ?? '', tokens['registration11'])).statusCode).toBe(404);
  });

  it('lists every edition of the series, drafts included, to its organizers only', async () => {
    const officer = await api.gql<{ organizerEditions: { number: number; published: boolean }[] }>(EDITIONS, { series: 'china-central-asia' }, { token: tokens['registration11'] });
    expect(officer.errors).toBeUndefined();
    expect(officer.data?.organizerEditions.find((edition) => edition.number === 30)).toMatchObject({ published: false });
    expect(officer.data?.organizerEditions.map((edition) => edition.number)).toEqual([...(officer.data?.organizerEditions.map((edition) => edition.number) ?? [])].sort((a, b) => b - a));
    expect((await api.gql(EDITIONS, { series: 'china-central-asia' }, { token: tokens['caucasusAdmin'] })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await api.gql(EDITIONS, { series: 'china-central-asia' })).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect((await api.gql(EDITIONS, { series: 'Not A Slug' }, { token: tokens['registration11'] })).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
