// The way out of a failed migration, as `prisma migrate resolve --rolled-back` does it: the
// failed row stays in _prisma_migrations as an audit trail and the next apply retries it.
import { migrationsDir } from '../paths.js';
import { readMigrationsFolder } from './migrations-folder.js';
import { withSchemaEngine, type MigrationTarget } from './migration-target.js';

export async function markMigrationRolledBack(
  target: MigrationTarget,
  migrationName: string,
  options: { migrationsDir?: string } = {},
): Promise<void> {
  // Read the folder only to fail early with the usual error when it is unreadable.
  readMigrationsFolder(options.migrationsDir ?? migrationsDir());
  await withSchemaEngine(target, ({ engine }) => engine.markMigrationRolledBack({ migrationName }));
}
