// The outbox on the real PostgreSQL and Redis: claiming with FOR UPDATE SKIP LOCKED (several
// dispatchers, rows another one holds), the reconciler (Bull lost the job, Bull failed it),
// and retention.
import { randomUUID } from 'node:crypto';
import { createDatabase, type Database } from '@caravan/db';
import { editionProgrammeRenderJob, QUEUES } from '@caravan/jobs';
import type Bull from 'bull';
import type { Queue } from 'bull';
import { Client } from 'pg';
import { startTestApi, type TestApi } from '../testing/test-api.js';
import { OutboxDispatcher } from './outbox.dispatcher.js';
import { OutboxMaintenance } from './outbox.maintenance.js';
import { QUEUE_MAP, type QueueMap } from './queues.provider.js';

const DAY = 24 * 60 * 60 * 1000;

describe(OutboxDispatcher.name, () => {
  const prefix = `caravan-test-${randomUUID()}`;
  // No worker consumes this prefix: what the dispatcher sends stays in Bull's wait list.
  const env = { BULL_PREFIX: prefix, OUTBOX_POLL_MS: '600000', OUTBOX_RECONCILE_MS: '600000', OUTBOX_RECONCILE_AFTER_MS: '0' };
  let api: TestApi;
  let second: TestApi;
  let secondDb: Database;
  let queue: Queue;

  beforeAll(async () => {
    api = await startTestApi({ seed: 'empty', env });
    secondDb = await createDatabase({ databaseUrl: api.url ?? '' });
    second = await startTestApi({ database: secondDb, env });
    queue = api.app.get<QueueMap>(QUEUE_MAP).get(QUEUES.documents) as Queue;
    // Let the passes each dispatcher starts at boot end before the tests add rows.
    await Promise.all([api.app.get(OutboxDispatcher).kick(), second.app.get(OutboxDispatcher).kick()]);
  });

  afterAll(async () => {
    await second?.close();
    await secondDb?.close();
    await api?.close();
  });

  async function pendingRows(count: number): Promise<string[]> {
    const ids = Array.from({ length: count }, () => randomUUID());
    await api.prisma.outboxJob.createMany({
      data: ids.map((id) => ({ id, queue: QUEUES.documents, name: editionProgrammeRenderJob.id, version: 1, payload: { editionId: randomUUID() } })),
    });
    return ids;
  }

  async function statusOf(ids: string[]): Promise<Record<string, number>> {
    const rows = await api.prisma.outboxJob.groupBy({ by: ['status'], where: { id: { in: ids } }, _count: true });
    return Object.fromEntries(rows.map((row) => [row.status, row._count]));
  }

  async function jobsInBull(ids: string[]): Promise<number> {
    const jobs = await Promise.all(ids.map((id) => queue.getJob(id)));
    return jobs.filter(Boolean).length;
  }

  /** Takes waiting jobs as a worker would (active, locked) until it holds the one with `id`. */
  async function takeJob(id: Bull.JobId): Promise<Bull.Job> {
    for (;;) {
      const job = (await queue.getNextJob()) as Bull.Job | undefined;
      if (!job) throw new Error(`job ${String(id)} is not waiting`);
      if (job.id === id) return job;
    }
  }

  it('skips rows another dispatcher holds instead of waiting for them or sending them too', async () => {
    const ids = await pendingRows(30);
    const held = ids.slice(0, 10);
    const other = new Client({ connectionString: api.url ?? '' });
    await other.connect();
    try {
      await other.query('BEGIN');
      const locked = await other.query('SELECT id FROM "OutboxJob" WHERE id = ANY($1::text[]) FOR UPDATE', [held]);
      expect(locked.rowCount).toBe(10);
      await api.app.get(OutboxDispatcher).kick();
      expect(await statusOf(ids)).toEqual({ DISPATCHED: 20, PENDING: 10 });
      expect(await jobsInBull(held)).toBe(0);
      await other.query('COMMIT');
    } finally {
      await other.end();
    }
    await api.app.get(OutboxDispatcher).kick();
    expect(await statusOf(ids)).toEqual({ DISPATCHED: 30 });
    expect(await jobsInBull(ids)).toBe(30);
  });

  it('shares a backlog between two dispatchers: every row claimed by exactly one of them', async () => {
    const ids = await pendingRows(300);
    const a = api.app.get(OutboxDispatcher);
    const b = second.app.get(OutboxDispatcher);
    const before = a.claimed + b.claimed;
    await Promise.all([a.kick(), b.kick()]);
    expect(a.claimed + b.claimed - before).toBe(300);
    expect(await statusOf(ids)).toEqual({ DISPATCHED: 300 });
    expect(await jobsInBull(ids)).toBe(300);
  });

  it('re-dispatches a row whose Bull job Redis lost, and leaves rows whose job is there alone', async () => {
    const [lost = '', kept = ''] = await pendingRows(2);
    await api.app.get(OutboxDispatcher).kick();
    await (await queue.getJob(lost))?.remove();
    expect(await jobsInBull([lost, kept])).toBe(1);

    const report = await api.app.get(OutboxMaintenance).reconcile();
    expect(report).toEqual({ redispatched: 1, failed: 0 });
    // The reconciler kicked the dispatcher: the row is DISPATCHED again, with its job back in Bull.
    expect(await statusOf([lost, kept])).toEqual({ DISPATCHED: 2 });
    expect(await jobsInBull([lost, kept])).toBe(2);
  });

  it('marks FAILED a row whose Bull job Bull failed without the runner recording it', async () => {
    const [id = ''] = await pendingRows(1);
    await api.app.get(OutboxDispatcher).kick();
    // What Bull does to a job whose worker died with it more often than maxStalledCount allows.
    const job = await takeJob(id);
    job.discard();
    await job.moveToFailed({ message: 'job stalled more than allowable limit' }, true);

    const report = await api.app.get(OutboxMaintenance).reconcile();
    expect(report.failed).toBe(1);
    const row = await api.prisma.outboxJob.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe('FAILED');
    expect(row.lastError).toBe('Bull failed the job: job stalled more than allowable limit');
  });

  it('removes finished rows and Bull jobs past the retention period, and expired sessions and reset links, nothing else', async () => {
    const now = Date.now();
    const [oldDone = '', oldFailed = '', recentDone = '', oldPending = ''] = await pendingRows(4);
    await api.prisma.outboxJob.update({ where: { id: oldDone }, data: { status: 'DONE', completedAt: new Date(now - 15 * DAY) } });
    await api.prisma.outboxJob.update({ where: { id: oldFailed }, data: { status: 'FAILED', completedAt: new Date(now - 20 * DAY) } });
    await api.prisma.outboxJob.update({ where: { id: recentDone }, data: { status: 'DONE', completedAt: new Date(now - 2 * DAY) } });
    await api.prisma.outboxJob.update({ where: { id: oldPending }, data: { createdAt: new Date(now - 30 * DAY) } });
    const user = await api.prisma.user.create({ data: { email: `${randomUUID()}@example.org`, passwordHash: 'x', displayName: 'Retention' } });
    const expired = await api.prisma.authSession.create({ data: { userId: user.id, refreshTokenHash: randomUUID(), expiresAt: new Date(now - 1000) } });
    const valid = await api.prisma.authSession.create({ data: { userId: user.id, refreshTokenHash: randomUUID(), expiresAt: new Date(now + DAY) } });
    const expiredReset = await api.prisma.passwordResetToken.create({ data: { userId: user.id, tokenHash: randomUUID(), expiresAt: new Date(now - 1000) } });
    const liveReset = await api.prisma.passwordResetToken.create({ data: { userId: user.id, tokenHash: randomUUID(), expiresAt: new Date(now + 60_000) } });
    const finished = await takeJob((await queue.add('finished', {}, { jobId: randomUUID() })).id);
    await finished.moveToCompleted('done', false, true);

    const report = await api.app.get(OutboxMaintenance).retention(new Date(now));
    expect(report.outboxRows).toBe(2);
    expect(report.sessions).toBe(1);
    expect(report.passwordResetTokens).toBe(1);
    expect(await api.prisma.passwordResetToken.findMany({ where: { id: { in: [expiredReset.id, liveReset.id] } }, select: { id: true } })).toEqual([{ id: liveReset.id }]);
    const left = await api.prisma.outboxJob.findMany({ where: { id: { in: [oldDone, oldFailed, recentDone, oldPending] } }, select: { id: true } });
    expect(left.map((row) => row.id).sort()).toEqual([recentDone, oldPending].sort());
    expect(await api.prisma.authSession.findMany({ where: { id: { in: [expired.id, valid.id] } }, select: { id: true } })).toEqual([{ id: valid.id }]);
    // A finished Bull job younger than the period stays; once the period has passed it goes.
    expect(await queue.getJob(finished.id)).not.toBeNull();
    const later = await api.app.get(OutboxMaintenance).retention(new Date(now + 15 * DAY));
    expect(later.bullJobs).toBeGreaterThanOrEqual(1);
    expect(await queue.getJob(finished.id)).toBeNull();
  });
});
