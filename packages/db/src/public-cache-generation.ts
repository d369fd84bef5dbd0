// The generation of public answers: one row, changed by every organizer's write inside its own
// transaction (see PublicCacheGeneration in schema.prisma). A cache stores the generation it read
// before computing an answer and serves the answer only while the generation is unchanged, so:
// a committed write makes every older answer unservable at the moment it commits; a rolled-back
// write changes nothing; and an answer computed while a write was in flight carries the older
// value and is never served after that write.
import type { Prisma, PrismaClient } from './generated/prisma/client.js';

type Sql = Pick<PrismaClient | Prisma.TransactionClient, '$executeRaw' | '$queryRaw'>;

/** Moves the generation on; to be called inside the writing transaction, as its last statement. */
export async function advancePublicCacheGeneration(tx: Sql): Promise<void> {
  // An upsert, so that a missing row (restored from an old dump) cannot silence invalidation.
  await tx.$executeRaw`INSERT INTO "PublicCacheGeneration" ("id", "counter") VALUES (1, 1)
    ON CONFLICT ("id") DO UPDATE SET "counter" = "PublicCacheGeneration"."counter" + 1`;
}

/** The current generation as an opaque string, or null when the table holds no row yet. */
export async function readPublicCacheGeneration(db: Sql): Promise<string | null> {
  const rows = await db.$queryRaw<{ epoch: string; counter: bigint }[]>`SELECT "epoch"::text AS epoch, "counter" FROM "PublicCacheGeneration" WHERE "id" = 1`;
  const row = rows[0];
  return row ? `${row.epoch}:${row.counter.toString()}` : null;
}
