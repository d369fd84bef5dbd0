// Idempotency keys in PostgreSQL, inside the mutation's own transaction. The key's row is
// inserted first (ON CONFLICT DO NOTHING); the mutation's effect and its answer are written in
// the same transaction, so a key exists exactly when its effect does.
//
// Replays, one after another: the row is there with the first answer, which is returned; the
// mutation does not run. Replays at the same time: the second insert waits on the first
// transaction's uncommitted row (PostgreSQL's unique index does the waiting), then finds the
// committed answer and returns it. If the first transaction fails and rolls back, its row goes
// with it and the waiting replay runs the mutation itself, so a failure is never replayed.
// The same key with other arguments is refused with IDEMPOTENCY_KEY_REUSED.
import type { Prisma, PrismaClient } from '@caravan/db';
import { AppError } from '../common/errors/app-error.js';
import { IDEMPOTENCY_KEY_LIFETIME_MS, type IdempotencyRequest } from './idempotency-request.js';

/** Who sends the key: a signed-in user, or a visitor by the HMAC of their address. */
export type IdempotencyCaller = { userId: string } | { addressHash: string };

export type IdempotencyClaim<T> = { replay: true; response: T } | { replay: false; complete(response: T): Promise<void> };

function scopeOf(operation: string, caller: IdempotencyCaller): string {
  return 'userId' in caller ? `${operation}:user:${caller.userId}` : `${operation}:address:${caller.addressHash}`;
}

export function keyReused(key: string, operation: string): AppError {
  return new AppError(
    'IDEMPOTENCY_KEY_REUSED',
    `The Idempotency-Key "${key}" was already used for ${operation} with other arguments; send a new key for a new request.`,
    [{ field: 'Idempotency-Key', reason: `already used for ${operation} with other arguments` }],
    { idempotencyKey: key },
  );
}

/**
 * Claims `request`'s key in `tx` for `caller`: a replay gives the stored answer; a first request
 * gets `complete`, to call with its answer before the transaction commits.
 */
export async function claimIdempotencyKey<T>(
  tx: Prisma.TransactionClient,
  request: IdempotencyRequest,
  caller: IdempotencyCaller,
  now: Date = new Date(),
): Promise<IdempotencyClaim<T>> {
  const scope = scopeOf(request.operation, caller);
  const where = { scope_key: { scope, key: request.key } };
  // An expired key is forgotten: the request counts as new.
  await tx.idempotencyKey.deleteMany({ where: { scope, key: request.key, expiresAt: { lte: now } } });
  const inserted = await tx.idempotencyKey.createMany({
    data: [{ scope, key: request.key, requestHash: request.requestHash, createdAt: now, expiresAt: new Date(now.getTime() + IDEMPOTENCY_KEY_LIFETIME_MS) }],
    skipDuplicates: true,
  });
  if (inserted.count === 0) {
    const stored = await tx.idempotencyKey.findUniqueOrThrow({ where });
    if (stored.requestHash !== request.requestHash) throw keyReused(request.key, request.operation);
    return { replay: true, response: stored.response as T };
  }
  return {
    replay: false,
    async complete(response: T) {
      // Stored as the client received it (JSON), so a replay answers the same.
      const json = JSON.parse(JSON.stringify(response ?? null)) as Prisma.InputJsonValue;
      await tx.idempotencyKey.update({ where, data: { response: json, completedAt: new Date() } });
    },
  };
}

/** Runs `work` once per key: a replay returns the first answer without running it. */
export async function runIdempotent<T>(
  tx: Prisma.TransactionClient,
  request: IdempotencyRequest | null | undefined,
  caller: IdempotencyCaller,
  work: () => Promise<T>,
): Promise<T> {
  if (!request) return work();
  const claim = await claimIdempotencyKey<T>(tx, request, caller);
  if (claim.replay) return claim.response;
  const response = await work();
  await claim.complete(response);
  return response;
}

/** Deletes expired keys (the api's retention pass); returns how many. */
export async function deleteExpiredIdempotencyKeys(prisma: PrismaClient, now: Date = new Date()): Promise<number> {
  return (await prisma.idempotencyKey.deleteMany({ where: { expiresAt: { lte: now } } })).count;
}
