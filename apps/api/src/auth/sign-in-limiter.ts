// Counts sign-in attempts and refuses further attempts once a count runs out (see
// common/rate-limit for where the counters live). The tight count is per account AND client
// address: a stranger guessing from elsewhere does not lock the owner out of their account. The
// address has a count of its own across accounts (one client trying many accounts), and the
// account a much larger one across addresses, as a backstop against guesses spread over many
// addresses. The address is the client's as the configured proxies report it (TRUST_PROXY).
import type { RateLimitRedis } from '../common/rate-limit/rate-limit-redis.js';
import { consumeAll, RateLimiter } from '../common/rate-limit/rate-limiter.js';

export interface SignInLimits {
  /** Attempts allowed for one account from one address in a window; a successful sign-in clears it. */
  perAccountAndAddress: number;
  /** Attempts allowed per client address, whatever the account; higher, as a whole delegation office may share one address. */
  perAddress: number;
  /** Attempts allowed per account from all addresses together. */
  perAccount: number;
  windowSeconds: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perAccountAndAddress: 5, perAddress: 20, perAccount: 100, windowSeconds: 15 * 60 };

export class SignInLimiter {
  private readonly byAccountAndAddress: RateLimiter;
  private readonly byAddress: RateLimiter;
  private readonly byAccount: RateLimiter;

  constructor(
    redis: RateLimitRedis,
    readonly limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
    keyPrefix = 'caravan:sign-in',
  ) {
    const limiter = (name: string, points: number) => new RateLimiter(redis, `${keyPrefix}:${name}`, { points, windowSeconds: limits.windowSeconds });
    this.byAccountAndAddress = limiter('account-address', limits.perAccountAndAddress);
    this.byAddress = limiter('address', limits.perAddress);
    this.byAccount = limiter('account', limits.perAccount);
  }

  /**
   * Counts one attempt against every key before the password is checked, so parallel guesses
   * cannot slip past the count; throws RATE_LIMITED once one is used up.
   */
  consumeAttempt(email: string, address: string): Promise<void> {
    return consumeAll(
      [
        [this.byAccountAndAddress, accountAtAddress(email, address)],
        [this.byAddress, address],
        [this.byAccount, email],
      ],
      'failed sign-in attempts',
    );
  }

  /** A successful sign-in clears the account's count at that address and gives the other counts their attempt back. */
  async recordSuccess(email: string, address: string): Promise<void> {
    await Promise.all([this.byAccountAndAddress.delete(accountAtAddress(email, address)), this.byAddress.reward(address), this.byAccount.reward(email)]);
  }
}

/** The key of one account at one address; emails cannot contain a space. */
export function accountAtAddress(email: string, address: string): string {
  return `${email} ${address}`;
}
