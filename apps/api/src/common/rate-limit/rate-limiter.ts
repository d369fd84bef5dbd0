// A counter of attempts per key over a fixed window, on rate-limiter-flexible: in Redis when the
// api has one (every replica sees the same count), in memory otherwise. A Redis hiccup falls back
// to memory for that moment rather than locking everybody out or letting attempts through uncounted.
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError } from '../errors/app-error.js';
import type { RateLimitRedis } from './rate-limit-redis.js';

export interface RateLimit {
  /** Attempts allowed per key in one window. */
  points: number;
  windowSeconds: number;
}

/** One key's allowance after an attempt was counted. */
export interface Allowance {
  allowed: boolean;
  remaining: number;
  /** Milliseconds until the window restarts. */
  resetMs: number;
}

export const rateLimited = (retryAfterSeconds: number, what: string): AppError =>
  new AppError('RATE_LIMITED', `Too many ${what}. Wait ${retryAfterSeconds} seconds before trying again.`, [], { retryAfterSeconds });

export class RateLimiter {
  private readonly limiter: RateLimiterAbstract;

  constructor(redis: RateLimitRedis, keyPrefix: string, readonly limit: RateLimit) {
    const options = { keyPrefix, points: limit.points, duration: limit.windowSeconds };
    this.limiter = redis === null ? new RateLimiterMemory(options) : new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) });
  }

  /** Counts `points` attempts; what is left of the key's allowance, and when it refills. */
  async take(key: string, points = 1): Promise<Allowance> {
    try {
      const res = await this.limiter.consume(key, points);
      return { allowed: true, remaining: res.remainingPoints, resetMs: res.msBeforeNext };
    } catch (reason) {
      if (reason instanceof RateLimiterRes) return { allowed: false, remaining: 0, resetMs: Math.max(1, reason.msBeforeNext) };
      throw reason;
    }
  }

  /** Counts one attempt; milliseconds to wait when the key had none left, 0 otherwise. */
  async consume(key: string): Promise<number> {
    try {
      await this.limiter.consume(key);
      return 0;
    } catch (reason) {
      if (reason instanceof RateLimiterRes) return Math.max(1, reason.msBeforeNext);
      throw reason;
    }
  }

  delete(key: string): Promise<boolean> {
    return this.limiter.delete(key);
  }

  async reward(key: string): Promise<void> {
    await this.limiter.reward(key);
  }
}

/** Counts one attempt on every limiter; RATE_LIMITED naming `what` once any of them is used up. */
export async function consumeAll(attempts: readonly (readonly [RateLimiter, string])[], what: string): Promise<void> {
  const waits = await Promise.all(attempts.map(([limiter, key]) => limiter.consume(key)));
  const waitMs = Math.max(0, ...waits);
  if (waitMs > 0) throw rateLimited(Math.ceil(waitMs / 1000), what);
}
