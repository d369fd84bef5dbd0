import { startTestApi, type TestApi } from '../testing/test-api.js';
import { seedCatalogueAndForum, seedOrganizer, type OrganizerFixture } from '../testing/fixtures.js';
import { OutboxDispatcher } from './outbox.dispatcher.js';
import { OutboxMaintenance } from './outbox.maintenance.js';

describe(`${OutboxDispatcher.name} in inline mode`, () => {
  let api: TestApi;
  let editor: OrganizerFixture;

  beforeAll(async () => {
    // Nothing listens on port 1: Redis is really unreachable, so outside production jobs run inline.
    api = await startTestApi({
      seed: async (prisma) => {
        await seedCatalogueAndForum(prisma, { sessions: 2 });
        editor = await seedOrganizer(prisma, { grants: [{ seriesSlug: 'china-central-asia', role: 'PROGRAMME_EDITOR' }] });
      },
      // The password must never reach /health or the log.
      env: { REDIS_URL: 'redis://caravan:r3dis-pass@127.0.0.1:1', OUTBOX_POLL_MS: '600000', OUTBOX_RECONCILE_MS: '600000' },
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('says so in /health while the database keeps it serving', async () => {
    const res = await api.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ status: string; redis: { status: string }; jobs: { mode: string; warning: string } }>();
    expect(body.status).toBe('degraded');
    expect(body.redis).toEqual({ status: 'down' });
    expect(body.jobs.mode).toBe('inline');
    expect(body.jobs.warning).toContain('unreachable at redis://caravan:***@127.0.0.1:1');
    expect(res.body).not.toContain('r3dis-pass');
    expect(body.jobs.warning).toContain('jobs run INLINE');
  });

  it('renders the programme in-process and serves it as programme.md', async () => {
    const res = await api.gql<{ requestProgrammeDocument: { jobId: string } }>(`mutation { requestProgrammeDocument(series: "china-central-asia", number: 11) { jobId status } }`,
      {},
      { token: (await api.signIn(editor)).accessToken },
    );
    expect(res.errors).toBeUndefined();
    await api.app.get(OutboxDispatcher).kick();
    const row = await api.prisma.outboxJob.findUniqueOrThrow({ where: { id: res.data?.requestProgrammeDocument.jobId ?? '' } });
    expect(row).toMatchObject({ status: 'DONE', attempts: 1 });

    const file = await api.app.inject({ method: 'GET', url: '/export/china-central-asia/11/programme.md' });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(file.body).toContain('**09:30–10:00** Opening plenary');

    const doc = await api.gql<{ edition: { programmeDocument: { url: string; format: string; checksum: string } } }>(`{ edition(series: "china-central-asia", number: 11) { programmeDocument { url format checksum } } }`,
    );
    expect(doc.data?.edition.programmeDocument).toMatchObject({
      url: 'http://api.test/export/china-central-asia/11/programme.md',
      format: 'text/markdown',
    });
    expect(file.headers['etag']).toBe(`"${doc.data?.edition.programmeDocument.checksum}"`);
  });

  it('runs a row that a crashed process had claimed and not finished, once the reconciler hands it back', async () => {
    const edition = await api.prisma.edition.findFirstOrThrow({ where: { number: 11 } });
    // What a crash between the claim and the run leaves behind.
    const row = await api.prisma.outboxJob.create({
      data: { queue: 'documents', name: 'edition.programme.render', version: 1, payload: { editionId: edition.id }, status: 'DISPATCHED', dispatchedAt: new Date(Date.now() - 3_600_000) },
    });
    await api.app.get(OutboxDispatcher).kick();
    expect(await api.prisma.outboxJob.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'DISPATCHED' });
    expect(await api.app.get(OutboxMaintenance).reconcile()).toEqual({ redispatched: 1, failed: 0 });
    expect(await api.prisma.outboxJob.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'DONE', attempts: 1 });
  });

  it('records a failing job FAILED after its one inline attempt, with the error, and goes on with the next', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const edition = await api.prisma.edition.findFirstOrThrow({ where: { number: 11 } });
    const failing = await api.prisma.outboxJob.create({ data: { queue: 'documents', name: 'edition.programme.render', version: 1, payload: { editionId: missing } } });
    const next = await api.prisma.outboxJob.create({ data: { queue: 'documents', name: 'edition.programme.render', version: 1, payload: { editionId: edition.id } } });
    await api.app.get(OutboxDispatcher).kick();
    expect(await api.prisma.outboxJob.findUniqueOrThrow({ where: { id: failing.id } })).toMatchObject({ status: 'FAILED', attempts: 1, lastError: expect.stringContaining(`Edition ${missing} does not exist`) });
    expect(await api.prisma.outboxJob.findUniqueOrThrow({ where: { id: next.id } })).toMatchObject({ status: 'DONE', attempts: 1 });
  });

  it('refuses a row stored with a job version it does not know, through the same runner as the worker', async () => {
    const edition = await api.prisma.edition.findFirstOrThrow({ where: { number: 11 } });
    const row = await api.prisma.outboxJob.create({
      data: { queue: 'documents', name: 'edition.programme.render', version: 7, payload: { editionId: edition.id } },
    });
    await api.app.get(OutboxDispatcher).kick();
    const settled = await api.prisma.outboxJob.findUniqueOrThrow({ where: { id: row.id } });
    expect(settled).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(settled.lastError).toContain('stored as version 7, but this code reads only version 1');
  });
});
