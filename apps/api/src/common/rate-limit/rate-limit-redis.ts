// The Redis connection that holds rate-limit counters (sign-in attempts, mutations) and the
// public-answer cache, when the api has a Redis that answers. Without one (REDIS_URL=off, or down
// in development) counters stay in process memory, each replica counts on its own, and nothing
// is cached.
import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import type { Logger } from 'pino';
import { API_CONFIG, LOGGER } from '../../config/config.tokens.js';
import type { ApiConfig } from '../../config/env.js';
import { isRedisReachable } from '../../jobs/job-mode.js';

export const RATE_LIMIT_REDIS = Symbol('RATE_LIMIT_REDIS');

export type RateLimitRedis = Redis | null;

export async function connectRateLimitRedis(config: ApiConfig, logger: Logger): Promise<RateLimitRedis> {
  if (config.redisUrl && (await isRedisReachable(config.redisUrl))) {
    // No offline queue: while Redis is away, commands fail at once and the limiters fall back to
    // their in-memory insurance instead of making the request wait.
    // Keys live under the deployment's namespace (BULL_PREFIX), like its queues: two deployments,
    // or two test runs, sharing one Redis never count each other's attempts or read each other's answers.
    const client = new Redis(config.redisUrl, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, keyPrefix: `${config.bullPrefix}:` });
    client.on('error', (error: Error) => logger.warn({ err: error }, 'rate limits: Redis error; counting in memory meanwhile'));
    await client.connect();
    return client;
  }
  logger.warn({ rateLimits: 'memory' }, 'rate limits are counted in this process only (no Redis): each api replica counts on its own');
  return null;
}

@Injectable()
class RateLimitRedisCloser implements OnApplicationShutdown {
  constructor(@Inject(RATE_LIMIT_REDIS) private readonly redis: RateLimitRedis) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.redis !== null) await this.redis.quit();
  }
}

/** Global: every limiter of the api shares one connection. */
@Global()
@Module({
  providers: [
    { provide: RATE_LIMIT_REDIS, inject: [API_CONFIG, LOGGER], useFactory: (config: ApiConfig, logger: Logger) => connectRateLimitRedis(config, logger) },
    RateLimitRedisCloser,
  ],
  exports: [RATE_LIMIT_REDIS],
})
export class RateLimitModule {}
