// Carries an organizer's data from the previous embedded default (PGlite files in
// <dataDir>/pglite) into a new PostgreSQL cluster: both are brought to the current migrations,
// then every table is copied in one transaction and its row count checked. Rows travel as JSON
// text, so numbers, dates and JSON values arrive exactly as PGlite stored them.
import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';
import { DbError } from '../errors.js';
import { applyMigrations } from '../migrate/apply-migrations.js';
import { PGLITE_EXTENSIONS } from '../migrate/pglite-extensions.js';

export interface PgliteImport {
  /** Rows copied per table (tables without rows included). */
  rows: Record<string, number>;
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

export async function importPglite(pgliteDir: string, targetUrl: string): Promise<PgliteImport> {
  const pglite = await PGlite.create(pgliteDir, { extensions: PGLITE_EXTENSIONS });
  const target = new Client({ connectionString: targetUrl });
  try {
    await applyMigrations({ pglite });
    await applyMigrations({ databaseUrl: targetUrl });
    await target.connect();
    const { rows: tables } = await target.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name`,
    );
    const copied: Record<string, number> = {};
    await target.query('BEGIN');
    // Foreign keys are checked by the source already; replica mode lets tables load in any order.
    await target.query('SET LOCAL session_replication_role = replica');
    // The new cluster holds only what its migrations wrote (e.g. the public-cache generation's
    // row); the PGlite data's own rows replace it, so nothing is copied twice.
    if (tables.length > 0) await target.query(`TRUNCATE ${tables.map(({ name }) => quote(name)).join(', ')}`);
    for (const { name } of tables) {
      const source = await pglite.query<{ rows: string; n: number }>(
        `SELECT coalesce(json_agg(t), '[]'::json)::text AS rows, count(*)::int AS n FROM ${quote(name)} t`,
      );
      const { rows, n } = source.rows[0] ?? { rows: '[]', n: 0 };
      const inserted = await target.query(`INSERT INTO ${quote(name)} SELECT * FROM json_populate_recordset(NULL::${quote(name)}, $1::json)`, [rows]);
      if (inserted.rowCount !== n) {
        throw new DbError('PGLITE_IMPORT_FAILED', `table ${name}: PGlite holds ${n} rows, ${inserted.rowCount ?? 0} arrived`);
      }
      copied[name] = n;
    }
    await target.query('COMMIT');
    return { rows: copied };
  } catch (error) {
    await target.query('ROLLBACK').catch(() => undefined);
    if (error instanceof DbError && error.code === 'PGLITE_IMPORT_FAILED') throw error;
    throw new DbError('PGLITE_IMPORT_FAILED', `could not copy ${pgliteDir} into the new cluster: ${(error as Error).message}`, { cause: error });
  } finally {
    await target.end().catch(() => undefined);
    await pglite.close();
  }
}
