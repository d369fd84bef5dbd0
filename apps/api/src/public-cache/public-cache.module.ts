// The public-answer cache as a provider, on the api's shared Redis connection (the one the rate
// limiters use: no offline queue, so a Redis outage makes lookups miss at once, never wait).
import { Module } from '@nestjs/common';
import type { Database } from '@caravan/db';
import type { Logger } from 'pino';
import { RATE_LIMIT_REDIS, type RateLimitRedis } from '../common/rate-limit/rate-limit-redis.js';
import { API_CONFIG, DATABASE, LOGGER } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';
import { PublicCache } from './public-cache.js';

@Module({
  providers: [
    {
      provide: PublicCache,
      inject: [DATABASE, RATE_LIMIT_REDIS, API_CONFIG, LOGGER],
      useFactory: (database: Database, redis: RateLimitRedis, config: ApiConfig, logger: Logger) =>
        new PublicCache({ database, redis, ttlSeconds: config.publicCacheTtlSeconds, logger }),
    },
  ],
  exports: [PublicCache],
})
export class PublicCacheModule {}
