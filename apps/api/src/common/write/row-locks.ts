// Row locks for the rules that check, then write (ADR 081). A writer locks the record that owns
// the rule (SELECT ... FOR UPDATE) before it reads what the rule looks at; a second writer of the
// same record waits until the first commits and then reads its result, so exactly one of two
// racing writes can pass a check that the other's write would fail. The locks end with the
// mutation's transaction.
import { Injectable } from '@nestjs/common';
import { Prisma } from '@caravan/db';

/** Tables whose rows own a rule: their ids are text UUIDs in the "id" column. */
export type LockedTable = 'Edition' | 'Agreement' | 'Session' | 'Person';

@Injectable()
export class RowLocks {
  /**
   * Locks the rows of `table` with these ids until the transaction ends. Rows are locked in id
   * order, so writers locking overlapping sets wait for each other instead of deadlocking.
   */
  async lock(tx: Prisma.TransactionClient, table: LockedTable, ids: readonly string[]): Promise<void> {
    const sorted = [...new Set(ids)].sort();
    if (sorted.length === 0) return;
    await tx.$queryRaw`SELECT "id" FROM ${Prisma.raw(`"${table}"`)} WHERE "id" IN (${Prisma.join(sorted)}) ORDER BY "id" FOR UPDATE`;
  }
}
