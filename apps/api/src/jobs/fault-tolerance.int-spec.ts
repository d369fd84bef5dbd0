// R3: jobs survive a worker killed with SIGKILL (several times) and a Redis that restarts empty.
// 1,000 outbox rows of a test job whose effect is recorded idempotently run through the real
// pieces: this api's dispatcher and reconciler, a real worker process (the built WorkerModule,
// apps/worker/test-support/fault-worker.cjs, through src/testing/worker-process.ts) and a private redis-server without persistence.
// Negative control, built in: after Redis comes back empty, the rows it lost stay lost until the
// reconciler runs; once it has, every job's effect exists exactly once.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { QUEUES } from '@caravan/jobs';
import type { Queue } from 'bull';
import { freePort, PrivateRedis } from '../testing/private-redis.js';
import { startTestApi, type TestApi } from '../testing/test-api.js';
import { startWorkerProcess, until, type WorkerProcess } from '../testing/worker-process.js';
import { OutboxDispatcher } from './outbox.dispatcher.js';
import { OutboxMaintenance } from './outbox.maintenance.js';
import { QUEUE_MAP, type QueueMap } from './queues.provider.js';

const JOBS = 1_000;

describe('jobs under worker crashes and a Redis restart', () => {
  let api: TestApi;
  let redis: PrivateRedis;
  let redisDir: string;
  let worker: WorkerProcess | undefined;
  const prefix = `caravan-fault-${randomUUID()}`;

  async function count(sql: 'effects' | 'runs' | 'done' | 'pending' | 'dispatched'): Promise<number> {
    const queries = {
      effects: 'SELECT count(*)::int AS n FROM fault_effect',
      runs: 'SELECT count(*)::int AS n FROM fault_run',
      done: `SELECT count(*)::int AS n FROM "OutboxJob" WHERE status = 'DONE'`,
      pending: `SELECT count(*)::int AS n FROM "OutboxJob" WHERE status = 'PENDING'`,
      dispatched: `SELECT count(*)::int AS n FROM "OutboxJob" WHERE status = 'DISPATCHED'`,
    };
    const [row] = await api.prisma.$queryRawUnsafe<{ n: number }[]>(queries[sql]);
    return row?.n ?? 0;
  }

  async function startWorker(): Promise<void> {
    worker = await startWorkerProcess({
      DATABASE_URL: api.url ?? '',
      REDIS_URL: redis.url,
      BULL_PREFIX: prefix,
      STORAGE_LOCAL_ROOT: redisDir,
      // A dead worker's jobs are taken again within seconds, not the default half minute.
      JOB_LOCK_MS: '3000',
      JOB_STALLED_CHECK_MS: '1000',
    });
  }

  async function killWorker(): Promise<void> {
    await worker?.kill();
  }

  async function queueIsIdle(): Promise<boolean> {
    const queue = api.app.get<QueueMap>(QUEUE_MAP).get(QUEUES.documents) as Queue;
    const counts = await queue.getJobCounts();
    return counts.waiting + counts.active + counts.delayed === 0;
  }

  beforeAll(async () => {
    redisDir = await mkdtemp(path.join(tmpdir(), 'caravan-fault-'));
    redis = new PrivateRedis(await freePort(), redisDir);
    await redis.start();
    api = await startTestApi({
      seed: 'empty',
      env: { REDIS_URL: redis.url, BULL_PREFIX: prefix, OUTBOX_POLL_MS: '100', JOB_BACKOFF_MS: '50', OUTBOX_RECONCILE_MS: '600000', OUTBOX_RECONCILE_AFTER_MS: '0' },
    });
    await api.prisma.$executeRawUnsafe('CREATE TABLE fault_run (outbox_id text NOT NULL)');
    await api.prisma.$executeRawUnsafe('CREATE TABLE fault_effect (outbox_id text PRIMARY KEY, n int NOT NULL)');
  });

  afterAll(async () => {
    await killWorker();
    await api?.close();
    await redis?.stop();
    if (redisDir) await rm(redisDir, { recursive: true, force: true });
  });

  it('gives every one of 1,000 jobs its effect exactly once; without the reconciler the jobs Redis lost stay lost', async () => {
    await api.prisma.outboxJob.createMany({
      data: Array.from({ length: JOBS }, (_, n) => ({ queue: QUEUES.documents, name: 'test.fault.effect', version: 1, payload: { n } })),
    });
    await startWorker();

    // The worker dies twice mid-run; a new one takes over, and Bull hands it the stalled jobs.
    for (const threshold of [150, 350]) {
      await until(`${threshold} effects`, async () => (await count('effects')) >= threshold);
      await killWorker();
      await startWorker();
    }

    // The worker dies again, the dispatcher sends the rest of the outbox to Bull, and Redis
    // restarts empty: every job it held (waiting, and the dead worker's active ones) is gone.
    await until('500 effects', async () => (await count('effects')) >= 500);
    await killWorker();
    await until('every row dispatched', async () => (await count('pending')) === 0);
    await redis.stop();
    await redis.start();
    await startWorker();
    await api.app.get(OutboxDispatcher).kick();
    await until('the queue to run dry', queueIsIdle);

    // Negative control: nothing brings the lost jobs back but the reconciler.
    // (A row can be DISPATCHED with its effect recorded: the worker died between the two.)
    const lost = await count('dispatched');
    const missing = JOBS - (await count('effects'));
    expect(missing).toBeGreaterThan(0);
    expect(lost).toBeGreaterThanOrEqual(missing);

    const reconciled = await api.app.get(OutboxMaintenance).reconcile();
    expect(reconciled.redispatched).toBe(lost);

    // The worker dies once more while running the re-dispatched jobs.
    await until('the first re-dispatched effect', async () => (await count('effects')) > JOBS - missing);
    await killWorker();
    await startWorker();
    await until(`${JOBS} rows DONE`, async () => (await count('done')) === JOBS);

    const perJob = await api.prisma.$queryRawUnsafe<{ n: number; effects: number }[]>(
      'SELECT j.n, count(e.outbox_id)::int AS effects FROM (SELECT id, (payload->>\'n\')::int AS n FROM "OutboxJob") j LEFT JOIN fault_effect e ON e.outbox_id = j.id GROUP BY j.n HAVING count(e.outbox_id) <> 1',
    );
    expect(perJob).toEqual([]);
    expect(await count('effects')).toBe(JOBS);
    // At least once underneath: some jobs ran more than once (retaken after a crash).
    expect(await count('runs')).toBeGreaterThanOrEqual(JOBS);
  }, 180_000);
});
