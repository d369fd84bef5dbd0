// What both write paths share once the caller is let through: the change and its audit row in
// one transaction, so there is no change without its row and no row without its change. A write
// in a series runs on that series' scoped client (@caravan/db seriesScopedClient): every read,
// update and delete the work makes of a series-owned record is limited to that series, so a
// writer cannot pick up another series' drafts by slug or id, whatever it forgets to check. An
// organizer's write also moves the public-cache generation on in that transaction, so cached
// public answers stop being served exactly when the change commits (see public-cache/).
// A write given an Idempotency-Key claims it first in the same transaction: a replay returns
// the first answer and writes nothing, neither the change nor an audit row (see idempotency/).
import { advancePublicCacheGeneration, seriesScopedClient, type Database, type Prisma } from '@caravan/db';
import type { AuditAction, AuditJson } from '../../audit/audit-entry.js';
import type { AuditService } from '../../audit/audit.service.js';
import type { Scope } from '../../auth/policy/can.js';
import type { IdempotencyRequest } from '../../idempotency/idempotency-request.js';
import { claimIdempotencyKey } from '../../idempotency/idempotency-store.js';

export interface MutationChange<T> {
  /** What the mutation returns to the client. */
  result: T;
  entityId: string;
  /** Plain JSON snapshots for the audit trail (never raw rows with secrets). */
  before?: AuditJson;
  after?: AuditJson;
  /** Where the change landed, when the spec could not know it beforehand (a new series). */
  auditScope?: Scope;
  /**
   * The work wrote an audit row for each record it changed (a batch of application decisions,
   * each audited by the lifecycle's transition): no extra row for the mutation as a whole.
   */
  auditedByWork?: boolean;
  /**
   * The write's last statement, after its audit row and its idempotency answer: work whose lock
   * others queue for (a category's places) holds it only from there to the commit.
   */
  beforeCommit?: ((tx: Prisma.TransactionClient) => Promise<void>) | null;
}

export interface AuditSpec {
  action: AuditAction;
  entityType: string;
}

/** Who the audit row names: a signed-in organizer, or a visitor by the hash of their address. */
export type AuditAuthor = { actorId: string } | { actorId: null; clientAddressHash: string };

export interface WriteSpec {
  scope: Scope | null;
  audit: AuditSpec;
  /** The request's Idempotency-Key (the @Idempotency() parameter); null or absent: none. */
  idempotency?: IdempotencyRequest | null;
}

/**
 * How long a write may wait for a pool connection, and run. Prisma's defaults (2 s, 5 s) fail
 * writes queued behind a rush (a registration opening: 60 at once on a pool of 4 on a busy
 * 2-core machine waited more than 15 s) that would have run a moment later; the wait is bounded
 * only so that a stuck pool still ends in an error.
 */
export const WRITE_TRANSACTION_OPTIONS = { maxWait: 60_000, timeout: 30_000 } as const;

export function auditedWrite<T>(
  database: Database,
  audit: AuditService,
  spec: WriteSpec,
  author: AuditAuthor,
  work: (tx: Prisma.TransactionClient) => Promise<MutationChange<T>>,
): Promise<T> {
  const client = spec.scope === null ? database.prisma : seriesScopedClient(database.prisma, spec.scope.seriesId);
  return client.$transaction(async (tx) => {
    const claim = spec.idempotency
      ? await claimIdempotencyKey<T>(tx, spec.idempotency, author.actorId === null ? { addressHash: author.clientAddressHash } : { userId: author.actorId })
      : null;
    if (claim?.replay) return claim.response;
    const change = await work(tx);
    const where = change.auditScope ?? spec.scope;
    if (!change.auditedByWork) {
      await audit.record(tx, {
        seriesId: where?.seriesId ?? null,
        editionId: where?.editionId ?? null,
        ...author,
        action: spec.audit.action,
        entityType: spec.audit.entityType,
        entityId: change.entityId,
        before: change.before ?? null,
        after: change.after ?? null,
      });
    }
    // Visitors' writes (registrations) change nothing that public answers show.
    if (author.actorId !== null) await advancePublicCacheGeneration(tx);
    if (claim) await claim.complete(change.result);
    if (change.beforeCommit) await change.beforeCommit(tx);
    return change.result;
  }, WRITE_TRANSACTION_OPTIONS);
}
