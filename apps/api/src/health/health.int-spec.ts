// The health endpoints on the real PostgreSQL and Redis, with a real worker process: liveness,
// readiness (database, Redis, migrations), and the jobs section (worker heartbeat, counts, age
// of the oldest waiting job, outbox backlog), degraded with reasons, without secrets.
import { randomUUID } from 'node:crypto';
import { editionProgrammeRenderJob, QUEUES } from '@caravan/jobs';
import { startTestApi, TEST_REDIS_URL, type TestApi } from '../testing/test-api.js';
import { startWorkerProcess, until, type WorkerProcess } from '../testing/worker-process.js';
import { OutboxDispatcher } from '../jobs/outbox.dispatcher.js';
import { HealthController, type HealthReport } from './health.controller.js';

describe(HealthController.name, () => {
  const prefix = `caravan-test-${randomUUID()}`;
  let api: TestApi;
  let worker: WorkerProcess | undefined;

  beforeAll(async () => {
    api = await startTestApi({
      seed: 'empty',
      env: { BULL_PREFIX: prefix, WORKER_HEARTBEAT_MS: '200', HEALTH_MAX_JOB_WAIT_MS: '600000', OUTBOX_POLL_MS: '600000', AUTH_SECRET: 'a-secret-that-must-never-appear-in-health-0123456789' },
    });
  });

  afterAll(async () => {
    await worker?.kill();
    await api?.close();
  });

  const health = async () => {
    const res = await api.app.inject({ method: 'GET', url: '/health' });
    return { statusCode: res.statusCode, body: res.json<HealthReport>(), text: res.body };
  };

  it('answers liveness without looking at anything else', async () => {
    const res = await api.app.inject({ method: 'GET', url: '/health/live' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('is ready when the database and Redis answer and the migrations are current', async () => {
    const res = await api.app.inject({ method: 'GET', url: '/health/ready' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ready',
      reasons: [],
      database: { status: 'up', kind: 'postgres' },
      redis: { status: 'up' },
      migrations: { status: 'current', pending: [] },
    });
  });

  it('is not ready (503) while a migration is not applied, naming it', async () => {
    const [last] = await api.prisma.$queryRawUnsafe<{ name: string }[]>('SELECT migration_name AS name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1');
    await api.prisma.$executeRawUnsafe('UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = $1', last?.name);
    try {
      const res = await api.app.inject({ method: 'GET', url: '/health/ready' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ status: 'not-ready', migrations: { status: 'pending', pending: [last?.name] } });
      expect(res.json<{ reasons: string[] }>().reasons).toEqual([`migrations not applied: ${last?.name}`]);
    } finally {
      await api.prisma.$executeRawUnsafe('UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE migration_name = $1', last?.name);
    }
  });

  it('says degraded, per queue, while no worker consumes, and ok once one does; never echoes a URL or secret', async () => {
    const before = await health();
    expect(before.statusCode).toBe(200);
    expect(before.body.status).toBe('degraded');
    expect(before.body.reasons).toEqual(expect.arrayContaining(['queue documents: no worker consumes it', 'queue mail: no worker consumes it']));
    expect(before.text).not.toMatch(/redis:\/\/|postgres(ql)?:\/\/|a-secret-that-must-never/);
    expect(before.text).not.toContain(TEST_REDIS_URL);

    worker = await startWorkerProcess({ DATABASE_URL: api.url ?? '', REDIS_URL: TEST_REDIS_URL, BULL_PREFIX: prefix, WORKER_HEARTBEAT_MS: '200' });
    await until('a worker heard on every queue', async () => (await health()).body.status === 'ok');
    const after = await health();
    expect(after.body).toMatchObject({
      status: 'ok',
      reasons: [],
      jobs: {
        mode: 'queue',
        queues: { [QUEUES.documents]: { workers: 1, waiting: 0, active: 0 }, [QUEUES.mail]: { workers: 1 } },
        outbox: { pending: 0, oldestPendingSeconds: null },
      },
    });

    await worker.kill();
    await until('the killed worker to drop out', async () => (await health()).body.reasons.includes('queue documents: no worker consumes it'));
  });

  it('reports the waiting jobs, the age of the oldest and the outbox backlog, and degrades past the limit', async () => {
    const strict = await startTestApi({ seed: 'empty', env: { BULL_PREFIX: `caravan-test-${randomUUID()}`, HEALTH_MAX_JOB_WAIT_MS: '1', OUTBOX_POLL_MS: '600000' } });
    try {
      // Let the pass the dispatcher starts at boot end before rows are added.
      await strict.app.get(OutboxDispatcher).kick();
      await strict.prisma.outboxJob.createMany({
        data: [1, 2, 3].map(() => ({ queue: QUEUES.documents, name: editionProgrammeRenderJob.id, version: 1, payload: { editionId: randomUUID() } })),
      });
      const pending = (await strict.app.inject({ method: 'GET', url: '/health' })).json<HealthReport>();
      expect(pending.jobs.outbox).toMatchObject({ pending: 3, dispatched: 0 });
      expect(pending.reasons.some((reason) => reason.startsWith('outbox: the oldest pending row has waited'))).toBe(true);

      await strict.app.get(OutboxDispatcher).kick();
      const waiting = (await strict.app.inject({ method: 'GET', url: '/health' })).json<HealthReport>();
      expect(waiting.jobs.outbox).toMatchObject({ pending: 0, dispatched: 3, oldestPendingSeconds: null });
      expect(waiting.jobs.queues[QUEUES.documents]).toMatchObject({ workers: 0, waiting: 3, active: 0, failed: 0 });
      expect(waiting.reasons.some((reason) => reason.startsWith('queue documents: the oldest job has waited'))).toBe(true);
    } finally {
      await strict.close();
    }
  });
});
