// Consumes every queue that carries a registered job (derived from @caravan/jobs' registry, so a
// new job or queue needs no change here), with one wildcard processor per queue that hands each
// Bull job to OutboxJobProcessor. Closing waits for running jobs to finish, before the database
// closes (beforeApplicationShutdown runs ahead of every onApplicationShutdown).
import { Inject, Injectable, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { jobQueues, queueOptions, type QueueName } from '@caravan/jobs';
import Bull, { type Queue } from 'bull';
import type { Logger } from 'pino';
import type { WorkerConfig } from '../config/env.js';
import { LOGGER, WORKER_CONFIG } from '../tokens.js';
import { OutboxJobProcessor } from './outbox-job.processor.js';

/** Jobs handled at once per queue; handlers wait on PostgreSQL, not on the CPU. */
const CONCURRENCY = 4;

@Injectable()
export class QueueConsumers implements OnModuleInit, BeforeApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();

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
      const queue = new Bull(name, this.config.redisUrl, { prefix: this.config.bullPrefix, ...queueOptions(name) });
      queue.on('error', (error) => this.logger.error({ queue: name, err: error }, 'queue error'));
      // process() settles only when the queue closes; a failure to start is logged, not lost.
      queue.process('*', CONCURRENCY, (job) => this.processor.process(job)).catch((error: unknown) => {
        this.logger.error({ queue: name, err: error }, 'queue stopped processing');
      });
      this.queues.set(name, queue);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
