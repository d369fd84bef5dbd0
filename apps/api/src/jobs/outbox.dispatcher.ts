// Moves PENDING outbox rows to Bull (queue mode) or runs them in-process (inline mode). Runs on
// an interval and whenever kicked after a write. Bull's jobId is the outbox id, so a row sent
// twice (crash between add and mark, two api replicas) is still enqueued once.
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Database } from '@caravan/db';
import { jobContext, markOutboxAttemptFailed, outboxJobOptions, runOutboxJob, type JobServices, type OutboxJobData, type QueueName } from '@caravan/jobs';
import type { Logger } from 'pino';
import { API_CONFIG, DATABASE, JOB_MODE, JOB_SERVICES, LOGGER } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';
import type { JobMode } from './job-mode.js';
import { QUEUE_MAP, type QueueMap } from './queues.provider.js';

const BATCH_SIZE = 50;

@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

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

  /** Dispatches now; resolves when every row pending at call time has been handled. */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again && !this.stopped) {
        this.again = false;
        void this.kick();
      }
    });
    return this.running;
  }

  private async drain(): Promise<void> {
    try {
      for (;;) {
        const rows = await this.database.prisma.outboxJob.findMany({
          where: { status: 'PENDING' },
          orderBy: { createdAt: 'asc' },
          take: BATCH_SIZE,
        });
        for (const row of rows) {
          if (this.mode.kind === 'queue') await this.enqueue(row.id, row.queue, row.name, row.version, row.payload);
          else await this.runInline(row.id, row.name, row.version, row.payload);
        }
        if (rows.length < BATCH_SIZE || this.stopped) return;
      }
    } catch (error) {
      // The next tick retries; the rows stay PENDING, so nothing is lost.
      this.logger.error({ err: error }, 'outbox dispatch failed; will retry on the next tick');
    }
  }

  private async enqueue(id: string, queueName: string, name: string, version: number, payload: unknown): Promise<void> {
    const queue = this.queues.get(queueName as QueueName);
    if (!queue) {
      const error = `No queue named "${queueName}" carries a registered job in this api; check the job registry of @caravan/jobs.`;
      await markOutboxAttemptFailed(this.database.prisma, id, { attempt: 0, error, final: true });
      return;
    }
    const data: OutboxJobData = { outboxId: id, version, payload };
    await queue.add(name, data, outboxJobOptions(id, queueName as QueueName, this.config.jobBackoffMs));
    await this.database.prisma.outboxJob.updateMany({
      where: { id, status: 'PENDING' },
      data: { status: 'DISPATCHED', dispatchedAt: new Date() },
    });
  }

  /** Inline mode: one attempt, in this process, recorded by the same runner the worker uses. */
  private async runInline(id: string, name: string, version: number, payload: unknown): Promise<void> {
    const claimed = await this.database.prisma.outboxJob.updateMany({
      where: { id, status: 'PENDING' },
      data: { status: 'DISPATCHED', dispatchedAt: new Date() },
    });
    if (claimed.count === 0) return;
    const outcome = await runOutboxJob(jobContext(this.database.prisma, this.services), { outboxId: id, name, version, payload, attempt: 1, maxAttempts: 1 });
    if (outcome.status !== 'DONE') this.logger.error({ err: outcome.error, outboxId: id, job: name }, 'inline job failed');
  }
}
