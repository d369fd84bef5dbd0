// A job is described as data: a stable id, a version bumped whenever the payload changes
// shape, the queue it travels on and the zod schema of its payload. Handlers live apart.
import type { z } from 'zod';
import type { QueueName } from './queues.js';

export interface JobDefinition<TSchema extends z.ZodType = z.ZodType> {
  /** Stable id, also the Bull job name, e.g. `edition.programme.render`. */
  readonly id: string;
  readonly version: number;
  readonly queue: QueueName;
  readonly payload: TSchema;
}

export type JobPayload<TDef extends JobDefinition> = z.infer<TDef['payload']>;

export function defineJob<TSchema extends z.ZodType>(def: JobDefinition<TSchema>): JobDefinition<TSchema> {
  return Object.freeze({ ...def });
}
