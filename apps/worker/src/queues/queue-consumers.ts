// Consumes every queue that carries a registered job (derived from @caravan/jobs' registry, so a
// new job or queue needs no change here), with one wildcard processor per queue that hands each
// Bull job to OutboxJobProcessor. Closing waits for running jobs to finish, before the database
// closes (beforeApplicationShutdown runs ahead of every onApplicationShutdown).
import { Inject, Injectable, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { hostname } from 'node:os';
import { beat, jobQueues, queueOptions, silence, type QueueName } from '@caravan/jobs';
import Bull, { type Queue } from 'bull';
import type { Logger } from 'pino';
import type { WorkerConfig } from '../config/env.js';
import { LOGGER, WORKER_CONFIG } from '../tokens.js';
import { OutboxJobProcessor } from './outbox-job.processor.js';

@Injectable()
export class QueueConsumers implements OnModuleInit, BeforeApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();
  private heartbeat: NodeJS.Timeout | undefined;
  /** This worker in the heartbeat sets. */
  readonly workerId = `${hostname()}:${process.pid}:${Date.now().toString(36)}`;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly processor: OutboxJobProcessor,
  ) {}

  /** The names of the queues this worker consumes. */
  names(): QueueName[] {
    return [...this.queues.keys()];
  }

  onModuleInit(): void {
    for (const name of jobQueues()) {
      const queue = new Bull(name, this.config.redisUrl, { prefix: this.config.bullPrefix, ...queueOptions(name), settings: this.config.stalled });
      queue.on('error', (error) => this.logger.error({ queue: name, err: error }, 'queue error'));
      // process() settles only when the queue closes; a failure to start is logged, not lost.
      queue.process('*', this.config.concurrency, (job) => this.processor.process(job)).catch((error: unknown) => {
        this.logger.error({ queue: name, err: error }, 'queue stopped processing');
      });
      this.queues.set(name, queue);
    }
    void this.beat();
    this.heartbeat = setInterval(() => void this.beat(), this.config.heartbeatMs);
    this.heartbeat.unref();
  }

  /** Tells the api's health that this worker consumes each of its queues. */
  private async beat(): Promise<void> {
    for (const [name, queue] of this.queues) {
      try {
        await beat(queue.client, this.config.bullPrefix, name, this.workerId);
      } catch (error) {
        this.logger.warn({ queue: name, err: error }, 'worker heartbeat not recorded (Redis away?)');
      }
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    // Leave the heartbeat sets (a stopping worker takes no new jobs), then close: Bull stops
    // taking jobs and waits for the running ones to finish.
    await Promise.all(
      [...this.queues].map(async ([name, queue]) => {
        await silence(queue.client, this.config.bullPrefix, name, this.workerId).catch(() => undefined);
        await queue.close();
      }),
    );
  }
}
