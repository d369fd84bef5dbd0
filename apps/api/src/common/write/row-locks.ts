// Row locks for the rules that check, then write (ADR 081). A writer locks the record that owns
// the rule (SELECT ... FOR UPDATE) before it reads what the rule looks at; a second writer of the
// same record waits until the first commits and then reads its result, so exactly one of two
// racing writes can pass a check that the other's write would fail. The locks end with the
// mutation's transaction.
import { Injectable } from '@nestjs/common';
import { Int } from '@nestjs/graphql';
import { Prisma } from '@caravan/db';
import { AppError } from '../errors/app-error.js';

/** Tables whose rows own a rule: their ids are text UUIDs in the "id" column. */
export type LockedTable = 'Edition' | 'Agreement' | 'Session' | 'Person' | 'Delegation' | 'Badge';

/** Records with a `version` column: every update mutation edits one of these. */
export type VersionedTable = 'Agreement' | 'Delegation' | 'Edition' | 'Indicator' | 'Organization' | 'Person' | 'Room' | 'Series' | 'Session' | 'Statement' | 'Track';

/** The argument every update mutation takes. */
export const EXPECTED_VERSION_ARG = {
  type: () => Int,
  nullable: true,
  description: 'The version of the record this edit is based on (its `version` field when it was loaded). A different current version refuses the edit with STALE_EDIT; left out, the edit applies to whatever is current.',
} as const;

/** The column change every update makes: the record's next version. */
export const NEXT_VERSION = { version: { increment: 1 } } as const;

const words = (table: string): string => table.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

export function staleEdit(table: VersionedTable, expected: number, current: number): AppError {
  const reason = `the ${words(table)} is at version ${current}, not ${expected}: someone changed it since you loaded it; reload it and reapply your change`;
  return new AppError('STALE_EDIT', `This edit is based on an old version: ${reason}.`, [{ field: 'expectedVersion', reason }], { currentVersion: current });
}

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

  /**
   * Optimistic concurrency for an update: locks the record, then refuses the edit with
   * STALE_EDIT when the client based it on another version than the current one. The lock keeps
   * two edits based on the same version from both passing; the update then writes NEXT_VERSION.
   * Without an expected version (an older client) the edit goes through and still counts.
   */
  async atVersion(tx: Prisma.TransactionClient, table: VersionedTable, id: string, expected: number | null | undefined): Promise<void> {
    const rows = await tx.$queryRaw<{ version: number }[]>`SELECT "version" FROM ${Prisma.raw(`"${table}"`)} WHERE "id" = ${id} FOR UPDATE`;
    const current = rows[0]?.version;
    if (expected != null && current !== undefined && current !== expected) throw staleEdit(table, expected, current);
  }
}
