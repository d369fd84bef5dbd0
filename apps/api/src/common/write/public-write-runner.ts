// The one path for writes by visitors who are not signed in (a programme render today,
// registration next): a rate limit per client address first, then the change and its audit row
// in one transaction, as MutationRunner does for organizers. The audit row has no actor; it keeps
// an HMAC of the client address instead, so abuse can be traced to one address without the trail
// storing anybody's address. A request over the limit gets RATE_LIMITED and writes nothing.
import { Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@caravan/db';
import { AuditService } from '../../audit/audit.service.js';
import type { Scope } from '../../auth/policy/can.js';
import { AUTH_SECRET } from '../../auth/auth.tokens.js';
import type { RequestAuth } from '../../auth/request-auth.js';
import { DATABASE } from '../../config/config.tokens.js';
import type { IdempotencyRequest } from '../../idempotency/idempotency-request.js';
import { clientAddressHash } from '../client-address-hash.js';
import { RATE_LIMIT_REDIS, type RateLimitRedis } from '../rate-limit/rate-limit-redis.js';
import { consumeAll, RateLimiter, type RateLimit } from '../rate-limit/rate-limiter.js';
import { auditedWrite, type AuditSpec, type MutationChange } from './audited-write.js';

export interface PublicWriteSpec {
  /** Names the limit's counters, e.g. "programme-document"; one counter per name and address. */
  name: string;
  /** What the client is told it did too often, e.g. "programme document requests". */
  what: string;
  limit: RateLimit;
  /** The series (and edition) the write belongs to, for the audit trail. */
  scope: Scope | null;
  audit: AuditSpec;
  /** The request's Idempotency-Key (the @Idempotency() parameter): a replay returns the first answer. */
  idempotency?: IdempotencyRequest | null;
}

export type PublicWork<T> = (tx: Prisma.TransactionClient) => Promise<MutationChange<T>>;

@Injectable()
export class PublicWriteRunner {
  private readonly limiters = new Map<string, RateLimiter>();

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(RATE_LIMIT_REDIS) private readonly redis: RateLimitRedis,
    @Inject(AUTH_SECRET) private readonly secret: Uint8Array,
    private readonly audit: AuditService,
  ) {}

  /** HMAC-SHA256 of the address under the api's secret: stable per address, not reversible by enumeration. */
  addressHash(address: string): string {
    return clientAddressHash(this.secret, address);
  }

  async run<T>(auth: RequestAuth, spec: PublicWriteSpec, work: PublicWork<T>): Promise<T> {
    const addressHash = this.addressHash(auth.address);
    await consumeAll([[this.limiter(spec), addressHash]], spec.what);
    return auditedWrite(this.database, this.audit, spec, { actorId: null, clientAddressHash: addressHash }, work);
  }

  private limiter(spec: PublicWriteSpec): RateLimiter {
    const existing = this.limiters.get(spec.name);
    if (existing) return existing;
    const created = new RateLimiter(this.redis, `caravan:public-write:${spec.name}`, spec.limit);
    this.limiters.set(spec.name, created);
    return created;
  }
}
