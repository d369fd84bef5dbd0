// Decides at boot how jobs run: through Bull when Redis answers, inline in the api process when
// it does not and we are in development (with a loud warning), and not at all in production,
// where a missing Redis stops the boot: silently running jobs in the api would hide an outage.
import Redis from 'ioredis';
import type { Logger } from 'pino';
import { redactUrl } from '@caravan/config/env';
import { ConfigError, type ApiConfig } from '../config/env.js';

export type JobMode =
  | { kind: 'queue'; redisUrl: string }
  | { kind: 'inline'; reason: 'not-configured' | 'unreachable'; warning: string };

export async function isRedisReachable(redisUrl: string): Promise<boolean> {
  const client = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: 1_000,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // ioredis reports connection failures as 'error' events too; the promise below carries them.
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

export async function resolveJobMode(config: ApiConfig, logger: Logger): Promise<JobMode> {
  if (config.redisUrl && (await isRedisReachable(config.redisUrl))) return { kind: 'queue', redisUrl: config.redisUrl };
  const reason = config.redisUrl ? 'unreachable' : 'not-configured';
  if (config.nodeEnv === 'production') {
    throw new ConfigError(
      'REDIS_UNREACHABLE',
      config.redisUrl
        ? `REDIS_URL ${redactUrl(config.redisUrl)} does not answer; production refuses to start without Redis. Start Redis or fix REDIS_URL.`
        : 'REDIS_URL is "off"; production refuses to start without Redis. Set REDIS_URL to a reachable Redis.',
    );
  }
  const warning =
    `Redis is ${reason === 'unreachable' ? `unreachable at ${redactUrl(config.redisUrl ?? '')}` : 'turned off (REDIS_URL=off)'}: ` +
    'jobs run INLINE in the api process, without retries. Fine for development, never for production.';
  logger.warn({ jobMode: 'inline' }, warning);
  return { kind: 'inline', reason, warning };
}
