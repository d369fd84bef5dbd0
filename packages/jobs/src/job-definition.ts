// A job is described as data: a stable id, a version bumped whenever the payload changes
// shape, the queue it travels on, the zod schema of its payload and the handler that does the
// work. The worker's consumers and the api's queues are derived from these definitions.
import type { PrismaClient } from '@caravan/db';
import type { Mailer } from '@caravan/mail';
import type { ObjectStorage } from '@caravan/storage';
import type { z } from 'zod';
import type { QueueName } from './queues.js';

/**
 * What a handler gets besides its payload: the database, the mail relay and the object
 * storage, built once per process (see job-services.ts) by whoever runs jobs: the worker, or
 * the api in inline mode.
 */
export interface JobServicesContext {
  prisma: PrismaClient;
  mailer: Pick<Mailer, 'send'>;
  storage: ObjectStorage;
}

export interface JobContext extends JobServicesContext {
  /** The outbox row this attempt belongs to: a stable key across retries (e.g. a Message-ID). */
  outboxId: string;
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
