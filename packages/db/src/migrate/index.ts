// The project's migration command, offline: Prisma's WASM schema engine driven through a
// driver adapter (see README). Same SQL, same _prisma_migrations as the native Prisma CLI.
export { applyMigrations, type ApplyMigrationsOptions, type ApplyMigrationsResult } from './apply-migrations.js';
export { createMigration, migrationTimestamp, type CreateMigrationOptions, type CreatedMigration } from './create-migration.js';
export { markMigrationRolledBack } from './mark-rolled-back.js';
export type { MigrationTarget } from './migration-target.js';
export { migrationStatus, type MigrationStatus } from './migration-status.js';
export { PGLITE_EXTENSIONS } from './pglite-extensions.js';
