// A job is described as data: a stable id, a version bumped whenever the payload changes
// shape, the queue it travels on, the zod schema of its payload and the handler that does the
// work. The worker's consumers and the api's queues are derived from these definitions.
import type { PrismaClient } from '@caravan/db';
import type { z } from 'zod';
import type { QueueName } from './queues.js';

/** What a handler gets besides its payload. */
export interface JobContext {
  prisma: PrismaClient;
}

export interface JobDefinition<TSchema extends z.ZodType = z.ZodType> {
  /** Stable id, also the Bull job name, e.g. `edition.programme.render`. */
  readonly id: string;
  /** The payload version this code reads; a job stored with another version is refused. */
  readonly version: number;
  readonly queue: QueueName;
  readonly payload: TSchema;
  /**
   * Does the work for a validated payload. Must be idempotent: delivery is at least once.
   * Throwing fails the attempt, and the job is retried with backoff.
   */
  handle(payload: z.infer<TSchema>, context: JobContext): Promise<void>;
}

export type JobPayload<TDef extends JobDefinition> = z.infer<TDef['payload']>;

export function defineJob<TSchema extends z.ZodType>(def: JobDefinition<TSchema>): JobDefinition<TSchema> {
  return Object.freeze({ ...def });
}
