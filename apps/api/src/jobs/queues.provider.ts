// Bull queues the api produces into, one per queue that carries a registered job, with the
// queue's retention from @caravan/jobs; empty in inline mode.
import Bull, { type Queue } from 'bull';
import { jobQueues, queueOptions, type QueueName } from '@caravan/jobs';
import type { ApiConfig } from '../config/env.js';
import type { JobMode } from './job-mode.js';

export const QUEUE_MAP = Symbol('QUEUE_MAP');
export type QueueMap = ReadonlyMap<QueueName, Queue>;

export function createQueueMap(mode: JobMode, config: ApiConfig): QueueMap {
  if (mode.kind === 'inline') return new Map();
  return new Map(
    jobQueues().map((name) => [name, new Bull(name, mode.redisUrl, { prefix: config.bullPrefix, ...queueOptions(name) })] as const),
  );
}
