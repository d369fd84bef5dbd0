// The one place where Bull queue names are spelled; api (dispatcher) and worker (processors)
// both import them so a rename cannot leave one side listening to an empty queue.
export const QUEUES = {
  documents: 'documents',
  mail: 'mail',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** How many finished jobs Bull keeps, and for how long (seconds): whichever limit is reached first. */
export interface KeepJobs {
  age: number;
  count: number;
}

export interface QueueRetention {
  completed: KeepJobs;
  failed: KeepJobs;
}

const DAY_SECONDS = 24 * 60 * 60;

/** Retention of every queue; typed over QueueName, so a new queue does not compile without one. */
export const QUEUE_RETENTION: Readonly<Record<QueueName, QueueRetention>> = {
  // Completed jobs are only a debugging aid (the outbox row says what ran); failed ones are kept
  // longer, for an operator to look at.
  documents: { completed: { age: DAY_SECONDS, count: 1_000 }, failed: { age: 7 * DAY_SECONDS, count: 5_000 } },
  mail: { completed: { age: DAY_SECONDS, count: 1_000 }, failed: { age: 7 * DAY_SECONDS, count: 5_000 } },
};
