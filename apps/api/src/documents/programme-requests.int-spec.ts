// requestProgrammeDocument on the real PostgreSQL and Redis: only an organizer with
// programme.edit in the edition may queue a render, and an edition has at most one render
// waiting, however many requests (or aliases in one operation) ask for it.
import { seedCatalogueAndForum, seedOrganizer, type ForumFixture, type OrganizerFixture } from '../testing/fixtures.js';
import { startTestApi, type TestApi } from '../testing/test-api.js';
import { DocumentsService } from './documents.service.js';

const REQUEST = `mutation { requestProgrammeDocument(series: "china-central-asia", number: 11) { jobId status } }`;

/** One operation asking `count` times through aliases. */
const aliased = (count: number): string =>
  `mutation { ${Array.from({ length: count }, (_, i) => `r${i}: requestProgrammeDocument(series: "china-central-asia", number: 11) { jobId status }`).join(' ')} }`;

describe(DocumentsService.name, () => {
  let api: TestApi;
  let forum: ForumFixture;
  let editor: OrganizerFixture;
  let checkin: OrganizerFixture;

  beforeAll(async () => {
    api = await startTestApi({
      seed: async (prisma) => {
        forum = await seedCatalogueAndForum(prisma, { sessions: 1 });
        editor = await seedOrganizer(prisma, { grants: [{ seriesSlug: 'china-central-asia', editionNumber: 11, role: 'PROGRAMME_EDITOR' }] });
        checkin = await seedOrganizer(prisma, { grants: [{ seriesSlug: 'china-central-asia', role: 'CHECKIN_STAFF' }] });
      },
      // The dispatcher stays away, so requested jobs stay PENDING while the test looks at them.
      env: { OUTBOX_POLL_MS: '600000' },
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  const jobs = () => api.prisma.outboxJob.count({ where: { name: 'edition.programme.render' } });

  it('refuses visitors and organizers without programme.edit, writing nothing', async () => {
    const before = await jobs();
    const anonymous = await api.gql<null>(aliased(5));
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeNull();
    const staff = await api.gql<null>(REQUEST, {}, { token: (await api.signIn(checkin)).accessToken });
    expect(staff.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(await jobs()).toBe(before);
    expect(await api.prisma.auditEntry.count({ where: { entityType: 'ProgrammeDocumentRequest' } })).toBe(0);
  });

  it('keeps one waiting render per edition: twenty aliases get the same job, and a new one only once it has run', async () => {
    const token = (await api.signIn(editor)).accessToken;
    const first = await api.gql<{ requestProgrammeDocument: { jobId: string; status: string } }>(REQUEST, {}, { token });
    expect(first.errors).toBeUndefined();
    const jobId = first.data?.requestProgrammeDocument.jobId;
    expect(first.data?.requestProgrammeDocument.status).toBe('PENDING');

    const many = await api.gql<Record<string, { jobId: string }>>(aliased(20), {}, { token });
    expect(many.errors).toBeUndefined();
    expect(new Set(Object.values(many.data ?? {}).map((r) => r.jobId))).toEqual(new Set([jobId]));
    const concurrent = await Promise.all(Array.from({ length: 5 }, () => api.gql<{ requestProgrammeDocument: { jobId: string } }>(REQUEST, {}, { token })));
    expect(new Set(concurrent.map((r) => r.data?.requestProgrammeDocument.jobId))).toEqual(new Set([jobId]));
    expect(await api.prisma.outboxJob.findMany({ where: { name: 'edition.programme.render' }, select: { id: true } })).toEqual([{ id: jobId }]);
    const row = await api.prisma.outboxJob.findUniqueOrThrow({ where: { id: jobId ?? '' } });
    expect(row.payload).toEqual({ editionId: forum.editionId });

    // Control: once that render has run, asking again queues a new one.
    await api.prisma.outboxJob.update({ where: { id: jobId ?? '' }, data: { status: 'DONE', completedAt: new Date() } });
    const again = await api.gql<{ requestProgrammeDocument: { jobId: string } }>(REQUEST, {}, { token });
    expect(again.data?.requestProgrammeDocument.jobId).not.toBe(jobId);
    expect(await jobs()).toBe(2);
  });

  it('answers an unknown edition with NOT_FOUND and leaves no row', async () => {
    const before = await jobs();
    const res = await api.gql(`mutation { requestProgrammeDocument(series: "china-central-asia", number: 99) { jobId } }`, {}, { as: null, token: (await api.signIn(editor)).accessToken });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(await jobs()).toBe(before);
  });
});
