// The Redis connection that holds sign-in counters, when the api has a Redis that answers.
// Without one (REDIS_URL=off, or down in development) counters stay in process memory.
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import type { Logger } from 'pino';
import type { ApiConfig } from '../config/env.js';
import { isRedisReachable } from '../jobs/job-mode.js';
import { AUTH_REDIS, type AuthRedis } from './auth.tokens.js';

export async function connectAuthRedis(config: ApiConfig, logger: Logger): Promise<AuthRedis> {
  if (config.redisUrl && (await isRedisReachable(config.redisUrl))) {
    // No offline queue: while Redis is away, commands fail at once and the limiter falls back
    // to its in-memory insurance instead of making sign-in wait.
    const client = new Redis(config.redisUrl, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    client.on('error', (error: Error) => logger.warn({ err: error }, 'sign-in rate limit: Redis error; counting in memory meanwhile'));
    await client.connect();
    return client;
  }
  logger.warn({ signInLimits: 'memory' }, 'sign-in attempts are counted in this process only (no Redis): each api replica counts on its own');
  return null;
}

@Injectable()
export class AuthRedisCloser implements OnApplicationShutdown {
  constructor(@Inject(AUTH_REDIS) private readonly redis: AuthRedis) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.redis !== null) await this.redis.quit();
  }
}
