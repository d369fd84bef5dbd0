// A digest of every table's content, to tell whether a call changed anything at all.
import type { PrismaClient } from '@caravan/db';

export type Fingerprint = Record<string, string>;

/** The migration runner's own table is not data; generated documents are the jobs' output, not a caller's write. */
const BOOKKEEPING = new Set(['_prisma_migrations', 'EditionDocument']);

/** Columns that background work changes by itself (the dispatcher moves outbox rows along): only a row's existence and payload count. */
const PROJECTIONS: Readonly<Record<string, string>> = {
  OutboxJob: 'id, queue, name, version, payload',
};

export async function tableNames(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`;
  return rows.map((row) => row.table_name).filter((name) => !BOOKKEEPING.has(name));
}

/** One md5 per table over its rows as text, in one round trip. */
export async function fingerprint(prisma: PrismaClient, tables: readonly string[]): Promise<Fingerprint> {
  const parts = tables.map(
    (table) =>
      `SELECT '${table}' AS name, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS digest FROM (SELECT ${PROJECTIONS[table] ?? '*'} FROM "${table}") t`,
  );
  const rows = await prisma.$queryRawUnsafe<{ name: string; digest: string }[]>(parts.join(' UNION ALL '));
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}

/** The tables whose digest differs between two fingerprints. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]).sort();
}
