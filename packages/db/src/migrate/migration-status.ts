// Whether a database carries every migration of prisma/migrations: the api's readiness probe
// asks this, so a pod whose schema is behind its code takes no traffic.
import { readdirSync } from 'node:fs';
import type { PrismaClient } from '../generated/prisma/client.js';
import { migrationsDir } from '../paths.js';

export interface MigrationStatus {
  /** Migrations of the folder not applied (or applied and rolled back). */
  pending: string[];
  /** Migrations recorded as started and never finished. */
  failed: string[];
}

export async function migrationStatus(prisma: PrismaClient, options: { migrationsDir?: string } = {}): Promise<MigrationStatus> {
  const dir = options.migrationsDir ?? migrationsDir();
  const expected = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const [exists] = await prisma.$queryRaw<{ table: string | null }[]>`SELECT to_regclass('_prisma_migrations')::text AS "table"`;
  const rows = exists?.table
    ? await prisma.$queryRaw<{ name: string; finished: boolean; rolledBack: boolean }[]>`
        SELECT migration_name AS name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS "rolledBack"
        FROM _prisma_migrations`
    : [];
  const applied = new Set(rows.filter((row) => row.finished && !row.rolledBack).map((row) => row.name));
  return {
    pending: expected.filter((name) => !applied.has(name)),
    failed: rows.filter((row) => !row.finished && !row.rolledBack).map((row) => row.name),
  };
}
