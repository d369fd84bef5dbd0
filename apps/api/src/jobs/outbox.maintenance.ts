// Keeps the outbox honest over time, on two intervals:
// - the reconciler: a row DISPATCHED for a while whose Bull job no longer exists (Redis lost it:
//   a restart without persistence, a flush) goes back to PENDING, and the dispatcher sends it
//   again; one whose Bull job Bull itself failed (stalled too often: the worker died each time)
//   is marked FAILED with Bull's reason. In inline mode a DISPATCHED row that this process is not
//   running was claimed by a process that crashed, and goes back to PENDING as well.
// - retention (hourly): finished outbox rows and finished Bull jobs older than RETENTION_DAYS,
//   expired sessions and expired idempotency keys are deleted.
// Both are idempotent, so api replicas may run them side by side.
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Database } from '@caravan/db';
import { markOutboxAttemptFailed, type QueueName } from '@caravan/jobs';
import type { Logger } from 'pino';
import { API_CONFIG, DATABASE, JOB_MODE, LOGGER } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';
import { deleteExpiredIdempotencyKeys } from '../idempotency/idempotency-store.js';
import type { JobMode } from './job-mode.js';
import { OutboxDispatcher } from './outbox.dispatcher.js';
import { QUEUE_MAP, type QueueMap } from './queues.provider.js';

const RECONCILE_BATCH = 500;
const RETENTION_EVERY_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReconcileReport {
  /** Rows sent back to PENDING. */
  redispatched: number;
  /** Rows whose Bull job Bull had failed without our runner recording it. */
  failed: number;
}

export interface RetentionReport {
  outboxRows: number;
  bullJobs: number;
  sessions: number;
  idempotencyKeys: number;
  passwordResetTokens: number;
}

@Injectable()
export class OutboxMaintenance implements OnApplicationBootstrap, OnApplicationShutdown {
  private timers: NodeJS.Timeout[] = [];
  private stopped = false;
  private reconciling: Promise<ReconcileReport> | undefined;
  /** Set false to leave lost rows lost (the fault test's negative control). */
  reconcilerEnabled = true;

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(JOB_MODE) private readonly mode: JobMode,
    @Inject(QUEUE_MAP) private readonly queues: QueueMap,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly dispatcher: OutboxDispatcher,
  ) {}

  onApplicationBootstrap(): void {
    const every = (ms: number, task: () => Promise<unknown>) => {
      const run = () =>
        void task().catch((error: unknown) => {
          // A pass cut short by shutdown (pools closing) is not worth a line.
          if (!this.stopped) this.logger.error({ err: error }, 'outbox maintenance failed; will retry');
        });
      const timer = setInterval(run, ms);
      timer.unref();
      this.timers.push(timer);
    };
    every(this.config.outboxReconcileMs, () => this.reconcile());
    every(RETENTION_EVERY_MS, () => this.retention());
  }

  onApplicationShutdown(): void {
    // A pass under way is not awaited: with Redis away it would hold the shutdown.
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
  }

  /** One pass of the reconciler; kicks the dispatcher when rows went back to PENDING. */
  reconcile(): Promise<ReconcileReport> {
    if (!this.reconcilerEnabled || this.stopped) return Promise.resolve({ redispatched: 0, failed: 0 });
    this.reconciling ??= this.reconcileOnce().finally(() => {
      this.reconciling = undefined;
    });
    return this.reconciling;
  }

  private async reconcileOnce(): Promise<ReconcileReport> {
    const report: ReconcileReport = { redispatched: 0, failed: 0 };
    const before = new Date(Date.now() - this.config.outboxReconcileAfterMs);
    const rows = await this.database.prisma.outboxJob.findMany({
      where: { status: 'DISPATCHED', dispatchedAt: { lte: before } },
      orderBy: { dispatchedAt: 'asc' },
      take: RECONCILE_BATCH,
      select: { id: true, queue: true, name: true },
    });
    const lost: string[] = [];
    for (const row of rows) {
      if (this.mode.kind === 'inline') {
        if (!this.dispatcher.isRunningInline(row.id)) lost.push(row.id);
        continue;
      }
      const queue = this.queues.get(row.queue as QueueName);
      if (!queue) continue; // the dispatcher marks rows of unknown queues FAILED; it never sends them
      const job = await queue.getJob(row.id);
      if (!job) {
        lost.push(row.id);
        continue;
      }
      if (await job.isFailed()) {
        // Bull gave up on the job without our runner recording it (it stalled more often than
        // allowed: the worker died while running it each time). Record that, do not loop.
        await markOutboxAttemptFailed(this.database.prisma, row.id, {
          attempt: job.attemptsMade,
          error: `Bull failed the job: ${job.failedReason ?? 'no reason given'}`,
          final: true,
        });
        report.failed += 1;
        this.logger.error({ outboxId: row.id, job: row.name, reason: job.failedReason }, 'outbox row failed by Bull; marked FAILED');
      }
    }
    if (lost.length > 0) {
      const reset = await this.database.prisma.outboxJob.updateMany({
        where: { id: { in: lost }, status: 'DISPATCHED' },
        data: { status: 'PENDING', dispatchedAt: null },
      });
      report.redispatched = reset.count;
      this.logger.warn({ count: reset.count, mode: this.mode.kind }, 'outbox rows whose job was lost go back to the dispatcher');
      await this.dispatcher.kick();
    }
    return report;
  }

  /** Deletes what is older than the retention period as of `now`. */
  async retention(now: Date = new Date()): Promise<RetentionReport> {
    const cutoff = new Date(now.getTime() - this.config.retentionDays * DAY_MS);
    const { prisma } = this.database;
    const outbox = await prisma.outboxJob.deleteMany({ where: { status: { in: ['DONE', 'FAILED'] }, completedAt: { lt: cutoff } } });
    const sessions = await prisma.authSession.deleteMany({ where: { expiresAt: { lt: now } } });
    const idempotencyKeys = await deleteExpiredIdempotencyKeys(prisma, now);
    const resets = await prisma.passwordResetToken.deleteMany({ where: { expiresAt: { lt: now } } });
    // Bull's clean takes an age ("grace") relative to its own clock.
    const grace = Math.max(0, Date.now() - cutoff.getTime());
    let bullJobs = 0;
    for (const queue of this.queues.values()) {
      bullJobs += (await queue.clean(grace, 'completed')).length + (await queue.clean(grace, 'failed')).length;
    }
    const report = { outboxRows: outbox.count, bullJobs, sessions: sessions.count, idempotencyKeys, passwordResetTokens: resets.count };
    this.logger.info(report, 'retention: old outbox rows, finished jobs, expired sessions, idempotency keys and reset links removed');
    return report;
  }
}
