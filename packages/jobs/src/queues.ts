// The one place where Bull queue names are spelled; api (dispatcher) and worker (processors)
// both import them so a rename cannot leave one side listening to an empty queue.
export const QUEUES = {
  documents: 'documents',
  mail: 'mail',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
