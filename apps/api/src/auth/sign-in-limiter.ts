// Counts sign-in attempts per email and per client address and refuses further attempts once
// either runs out (see common/rate-limit for where the counters live).
import type { RateLimitRedis } from '../common/rate-limit/rate-limit-redis.js';
import { consumeAll, RateLimiter } from '../common/rate-limit/rate-limiter.js';

export interface SignInLimits {
  /** Attempts allowed per email in one window; a successful sign-in clears the count. */
  perEmail: number;
  /** Attempts allowed per client address; higher, as a whole delegation office may share one address. */
  perAddress: number;
  windowSeconds: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perEmail: 5, perAddress: 20, windowSeconds: 15 * 60 };

export class SignInLimiter {
  private readonly byEmail: RateLimiter;
  private readonly byAddress: RateLimiter;

  constructor(
    redis: RateLimitRedis,
    readonly limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
    keyPrefix = 'caravan:sign-in',
  ) {
    this.byEmail = new RateLimiter(redis, `${keyPrefix}:email`, { points: limits.perEmail, windowSeconds: limits.windowSeconds });
    this.byAddress = new RateLimiter(redis, `${keyPrefix}:address`, { points: limits.perAddress, windowSeconds: limits.windowSeconds });
  }

  /**
   * Counts one attempt against the email and the address before the password is checked, so
   * parallel guesses cannot slip past the count; throws RATE_LIMITED once either is used up.
   */
  consumeAttempt(email: string, address: string): Promise<void> {
    return consumeAll(
      [
        [this.byEmail, email],
        [this.byAddress, address],
      ],
      'failed sign-in attempts',
    );
  }

  /** A successful sign-in clears the email's count and gives the address its attempt back. */
  async recordSuccess(email: string, address: string): Promise<void> {
    await Promise.all([this.byEmail.delete(email), this.byAddress.reward(address)]);
  }
}
