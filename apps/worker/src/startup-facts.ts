// What the worker logs about itself when it starts: where its queues live, without the
// passwords of the connection URLs (redaction in @caravan/config).
import { redactUrl } from '@caravan/config/env';
import type { WorkerConfig } from './config/env.js';

export function startupFacts(config: Pick<WorkerConfig, 'redisUrl' | 'databaseUrl' | 'bullPrefix'>, queues: readonly string[]): Record<string, unknown> {
  return { redis: redactUrl(config.redisUrl), database: redactUrl(config.databaseUrl), prefix: config.bullPrefix, queues: [...queues] };
}
