// Counts sign-in attempts per email and per client address over a sliding window and refuses
// further attempts once either runs out. Counters live in Redis when the api has one, so every
// replica sees the same count; otherwise in this process' memory. A Redis hiccup falls back to
// memory for that moment rather than locking everybody out or letting attempts through uncounted.
import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { rateLimited } from './auth.errors.js';

export interface SignInLimits {
  /** Attempts allowed per email in one window; a successful sign-in clears the count. */
  perEmail: number;
  /** Attempts allowed per client address; higher, as a whole delegation office may share one address. */
  perAddress: number;
  windowSeconds: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perEmail: 5, perAddress: 20, windowSeconds: 15 * 60 };

export class SignInLimiter {
  private readonly byEmail: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;

  constructor(
    redis: Redis | null,
    readonly limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
    keyPrefix = 'caravan:sign-in',
  ) {
    const make = (name: string, points: number): RateLimiterAbstract => {
      const options = { keyPrefix: `${keyPrefix}:${name}`, points, duration: limits.windowSeconds };
      if (redis === null) return new RateLimiterMemory(options);
      return new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) });
    };
    this.byEmail = make('email', limits.perEmail);
    this.byAddress = make('address', limits.perAddress);
  }

  /**
   * Counts one attempt against the email and the address before the password is checked, so
   * parallel guesses cannot slip past the count; throws RATE_LIMITED once either is used up.
   */
  async consumeAttempt(email: string, address: string): Promise<void> {
    const results = await Promise.allSettled([this.byEmail.consume(email), this.byAddress.consume(address)]);
    let waitMs = 0;
    for (const result of results) {
      if (result.status === 'fulfilled') continue;
      const reason: unknown = result.reason;
      if (!(reason instanceof RateLimiterRes)) throw reason;
      waitMs = Math.max(waitMs, reason.msBeforeNext);
    }
    if (waitMs > 0) throw rateLimited(Math.max(1, Math.ceil(waitMs / 1000)));
  }

  /** A successful sign-in clears the email's count and gives the address its attempt back. */
  async recordSuccess(email: string, address: string): Promise<void> {
    await Promise.all([this.byEmail.delete(email), this.byAddress.reward(address)]);
  }
}
