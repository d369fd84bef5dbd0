// Applies prisma/migrations/* to a database and records them in _prisma_migrations exactly
// as `prisma migrate deploy` does (same engine, same table), so the native CLI can take over.
import { migrationsDir } from '../paths.js';
import { explainApplyFailure } from './migration-failure.js';
import { readMigrationsFolder } from './migrations-folder.js';
import { withSchemaEngine, type MigrationTarget } from './migration-target.js';

export interface ApplyMigrationsOptions {
  /** Folder holding `<timestamp>_<name>/migration.sql` (default: this package's prisma/migrations). */
  migrationsDir?: string;
}

export interface ApplyMigrationsResult {
  /** Folders applied by this call, oldest first; empty when the database was up to date. */
  applied: string[];
}

export async function applyMigrations(
  target: MigrationTarget,
  options: ApplyMigrationsOptions = {},
): Promise<ApplyMigrationsResult> {
  const migrationsList = readMigrationsFolder(options.migrationsDir ?? migrationsDir());
  return withSchemaEngine(target, async ({ engine, scriptFailures }) => {
    try {
      const output = await engine.applyMigrations({
        migrationsList,
        filters: { externalTables: [], externalEnums: [] },
      });
      return { applied: output.appliedMigrationNames };
    } catch (error) {
      throw explainApplyFailure(error, scriptFailures);
    }
  });
}
