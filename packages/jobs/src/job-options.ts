// Delivery options every producer uses for an outbox job: the outbox id is the Bull job id,
// so dispatching the same row twice while it is kept enqueues it once. Finished jobs are removed
// after their queue's retention (QUEUE_RETENTION): Redis runs without eviction, so a queue that
// kept every job would grow until Redis refused writes. The outbox row, not the Bull job, is the
// record of what ran: a row is dispatched only while PENDING, so a removed job is never re-run.
import { QUEUE_RETENTION, type KeepJobs, type QueueName } from './queues.js';

export interface OutboxJobOptions {
  jobId: string;
  attempts: number;
  backoff: { type: 'exponential'; delay: number };
  removeOnComplete: KeepJobs;
  removeOnFail: KeepJobs;
}

export const DEFAULT_ATTEMPTS = 5;
export const DEFAULT_BACKOFF_MS = 1_000;

/** Bull's queue options for a queue: its retention as the default of every job added to it. */
export function queueOptions(queue: QueueName): { defaultJobOptions: { removeOnComplete: KeepJobs; removeOnFail: KeepJobs } } {
  const retention = QUEUE_RETENTION[queue];
  return { defaultJobOptions: { removeOnComplete: { ...retention.completed }, removeOnFail: { ...retention.failed } } };
}

export function outboxJobOptions(outboxId: string, queue: QueueName, backoffMs: number = DEFAULT_BACKOFF_MS): OutboxJobOptions {
  return {
    jobId: outboxId,
    attempts: DEFAULT_ATTEMPTS,
    backoff: { type: 'exponential', delay: backoffMs },
    ...queueOptions(queue).defaultJobOptions,
  };
}
