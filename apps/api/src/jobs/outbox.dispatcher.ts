// Moves PENDING outbox rows to Bull (queue mode) or runs them in-process (inline mode). Runs on
// an interval and whenever kicked after a write. Rows are claimed with FOR UPDATE SKIP LOCKED, so
// several dispatchers (api replicas) share the backlog without taking the same row twice; Bull's
// jobId is the outbox id, so a row sent twice anyway (a crash between add and commit) is still
// enqueued once.
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Database, Prisma } from '@caravan/db';
import { jobContext, outboxJobOptions, runOutboxJob, type JobServices, type OutboxJobData, type QueueName } from '@caravan/jobs';
import type { Queue } from 'bull';
import type { Logger } from 'pino';
import { API_CONFIG, DATABASE, JOB_MODE, JOB_SERVICES, LOGGER } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';
import type { JobMode } from './job-mode.js';
import { QUEUE_MAP, type QueueMap } from './queues.provider.js';

const BATCH_SIZE = 50;
/** A claim holds row locks while it talks to Redis; a Redis that hangs must not hold them long. */
const CLAIM_TIMEOUT_MS = 15_000;
/**
 * Bull queues commands while Redis is away and would wait for it for ever; a pass gives up on
 * an enqueue after this long, so its claim rolls back and shutdown is not held. Should the add
 * still land later, the next pass's add of the same job id is a no-op.
 */
const ENQUEUE_TIMEOUT_MS = 5_000;

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms (is Redis reachable?)`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

interface ClaimedRow {
  id: string;
  queue: string;
  name: string;
  version: number;
  payload: unknown;
  requestId: string | null;
}

@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  private stopped = false;
  /** Rows this process is running inline right now; the reconciler leaves them alone. */
  private readonly inFlight = new Set<string>();
  /** Rows this dispatcher has claimed since boot (sent to Bull or run inline). */
  claimed = 0;

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(JOB_MODE) private readonly mode: JobMode,
    @Inject(QUEUE_MAP) private readonly queues: QueueMap,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(JOB_SERVICES) private readonly services: JobServices,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.kick(), this.config.outboxPollMs);
    this.timer.unref();
    void this.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }

  /** Whether this process is running the row inline at the moment. */
  isRunningInline(id: string): boolean {
    return this.inFlight.has(id);
  }

  /**
   * Dispatches now; resolves when every row pending (and not locked by another dispatcher) at
   * call time has been handled. A kick during a pass queues one more pass, which the promise
   * covers.
   */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.queued ??= this.running.then(() => {
        this.queued = undefined;
        return this.kick();
      });
      return this.queued;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async drain(): Promise<void> {
    try {
      for (;;) {
        const count = this.mode.kind === 'queue' ? await this.dispatchBatch() : await this.runInlineBatch();
        if (count < BATCH_SIZE || this.stopped) return;
      }
    } catch (error) {
      // The next tick retries; the rows stay PENDING, so nothing is lost.
      this.logger.error({ err: error }, 'outbox dispatch failed; will retry on the next tick');
    }
  }

  /** Rows PENDING and not locked by another dispatcher, oldest first, locked until `tx` ends. */
  private claim(tx: Prisma.TransactionClient): Promise<ClaimedRow[]> {
    return tx.$queryRaw<ClaimedRow[]>`
      SELECT "id", "queue", "name", "version", "payload", "requestId" FROM "OutboxJob"
      WHERE "status" = 'PENDING'
      ORDER BY "createdAt"
      LIMIT ${BATCH_SIZE}
      FOR UPDATE SKIP LOCKED`;
  }

  /** Queue mode: enqueue a claimed batch and mark it DISPATCHED in the same transaction. */
  private async dispatchBatch(): Promise<number> {
    return this.database.prisma.$transaction(
      async (tx) => {
        const rows = await this.claim(tx);
        // One Redis round trip per queue and batch (addBulk), not one per row.
        const byQueue = new Map<QueueName, { queue: Queue; rows: ClaimedRow[] }>();
        for (const row of rows) {
          const queue = this.queues.get(row.queue as QueueName);
          if (!queue) {
            const error = `No queue named "${row.queue}" carries a registered job in this api; check the job registry of @caravan/jobs.`;
            await tx.outboxJob.update({ where: { id: row.id }, data: { status: 'FAILED', attempts: 0, lastError: error, completedAt: new Date() } });
            continue;
          }
          const group = byQueue.get(row.queue as QueueName) ?? { queue, rows: [] };
          group.rows.push(row);
          byQueue.set(row.queue as QueueName, group);
        }
        const sent: string[] = [];
        for (const [name, { queue, rows: queued }] of byQueue) {
          const jobs = queued.map((row) => {
            const data: OutboxJobData = { outboxId: row.id, version: row.version, payload: row.payload, ...(row.requestId ? { requestId: row.requestId } : {}) };
            return { name: row.name, data, opts: outboxJobOptions(row.id, name, this.config.jobBackoffMs) };
          });
          await withTimeout(queue.addBulk(jobs), ENQUEUE_TIMEOUT_MS, `Enqueueing ${jobs.length} outbox row(s) to ${name}`);
          sent.push(...queued.map((row) => row.id));
        }
        if (sent.length > 0) {
          await tx.outboxJob.updateMany({ where: { id: { in: sent } }, data: { status: 'DISPATCHED', dispatchedAt: new Date() } });
        }
        this.claimed += rows.length;
        return rows.length;
      },
      { timeout: CLAIM_TIMEOUT_MS },
    );
  }

  /**
   * Inline mode: claim a batch (DISPATCHED, committed), then run each row once in this process,
   * recorded by the same runner the worker uses. A crash after the claim leaves rows DISPATCHED;
   * the reconciler hands them back to the dispatcher (OutboxMaintenance).
   */
  private async runInlineBatch(): Promise<number> {
    const rows = await this.database.prisma.$transaction(async (tx) => {
      const claimed = await this.claim(tx);
      if (claimed.length > 0) {
        await tx.outboxJob.updateMany({ where: { id: { in: claimed.map((row) => row.id) } }, data: { status: 'DISPATCHED', dispatchedAt: new Date() } });
      }
      return claimed;
    });
    this.claimed += rows.length;
    for (const row of rows) {
      this.inFlight.add(row.id);
      try {
        const outcome = await runOutboxJob(jobContext(this.database.prisma, this.services), {
          outboxId: row.id,
          name: row.name,
          version: row.version,
          payload: row.payload,
          attempt: 1,
          maxAttempts: 1,
        });
        const context = { outboxId: row.id, job: row.name, ...(row.requestId ? { requestId: row.requestId } : {}) };
        if (outcome.status !== 'DONE') this.logger.error({ ...context, err: outcome.error }, 'inline job failed');
        else this.logger.info(context, 'inline job done');
      } finally {
        this.inFlight.delete(row.id);
      }
    }
    return rows.length;
  }
}
