// Delivery options every producer uses for an outbox job: the outbox id is the Bull job id,
// so dispatching the same row twice enqueues it once.
export interface OutboxJobOptions {
  jobId: string;
  attempts: number;
  backoff: { type: 'exponential'; delay: number };
  removeOnComplete: boolean;
  removeOnFail: boolean;
}

export const DEFAULT_ATTEMPTS = 5;
export const DEFAULT_BACKOFF_MS = 1_000;

export function outboxJobOptions(outboxId: string, backoffMs: number = DEFAULT_BACKOFF_MS): OutboxJobOptions {
  return {
    jobId: outboxId,
    attempts: DEFAULT_ATTEMPTS,
    backoff: { type: 'exponential', delay: backoffMs },
    // Kept so the id stays taken: a re-dispatch after completion must not run the job again.
    removeOnComplete: false,
    removeOnFail: false,
  };
}
