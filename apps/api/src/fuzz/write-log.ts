// Which tables a call wrote to: row triggers on every table record the name of each table whose
// rows a committed statement inserted, deleted or really changed (an update to the same values
// is no change) in one unlogged table, read and emptied after the call. A rolled-back write
// leaves nothing, as its log rows roll back with it. Test support for the fuzzer: it asks, after
// each mutation, whether the caller changed anything it may not.
import type { PrismaClient } from '@caravan/db';

const LOG = '_fuzz_write';

/** The migration runner's own table is not data; generated documents are the jobs' output, not a caller's write. */
const BOOKKEEPING = new Set(['_prisma_migrations', 'EditionDocument', LOG]);

/**
 * Columns that background work changes by itself (the dispatcher moves outbox rows along): an
 * update of these tables counts only when one of the listed columns changes.
 */
const WATCHED_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  OutboxJob: ['id', 'queue', 'name', 'version', 'payload'],
};

export async function tableNames(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`;
  return rows.map((row) => row.table_name).filter((name) => !BOOKKEEPING.has(name));
}

function changedCondition(table: string): string {
  const columns = WATCHED_COLUMNS[table];
  if (!columns) return 'OLD.* IS DISTINCT FROM NEW.*';
  const row = (alias: string) => `(${columns.map((column) => `${alias}."${column}"`).join(', ')})`;
  return `${row('OLD')} IS DISTINCT FROM ${row('NEW')}`;
}

/** Installs the log and a trigger on each of the tables; returns the tables it watches. */
export async function installWriteLog(prisma: PrismaClient): Promise<string[]> {
  const tables = await tableNames(prisma);
  await prisma.$executeRawUnsafe(`CREATE UNLOGGED TABLE IF NOT EXISTS "${LOG}" (name text NOT NULL)`);
  await prisma.$executeRawUnsafe(
    `CREATE OR REPLACE FUNCTION "${LOG}_record"() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN INSERT INTO "${LOG}" (name) VALUES (TG_TABLE_NAME); RETURN NULL; END $$`,
  );
  for (const table of tables) {
    await prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "${LOG}_rows" ON "${table}"`);
    await prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "${LOG}_updates" ON "${table}"`);
    await prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "${LOG}_truncate" ON "${table}"`);
    await prisma.$executeRawUnsafe(
      `CREATE TRIGGER "${LOG}_rows" AFTER INSERT OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "${LOG}_record"()`,
    );
    await prisma.$executeRawUnsafe(
      `CREATE TRIGGER "${LOG}_updates" AFTER UPDATE ON "${table}" FOR EACH ROW WHEN (${changedCondition(table)}) EXECUTE FUNCTION "${LOG}_record"()`,
    );
    await prisma.$executeRawUnsafe(
      `CREATE TRIGGER "${LOG}_truncate" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "${LOG}_record"()`,
    );
  }
  return tables;
}

/** The tables written to since the last call (sorted, each once), and the log emptied. */
export async function takeWrites(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.$queryRawUnsafe<{ name: string }[]>(`DELETE FROM "${LOG}" RETURNING name`);
  return [...new Set(rows.map((row) => row.name))].sort();
}
