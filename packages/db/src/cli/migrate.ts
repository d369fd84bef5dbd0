#!/usr/bin/env node
// `pnpm db:migrate` applies prisma/migrations/* (DATABASE_URL or the embedded default);
// `pnpm --filter @caravan/db migration:create <name>` writes the next migration from the schema;
// `db:migrate --rolled-back <name>` marks a failed migration rolled back after a repair.
import { useEmbeddedDatabase } from '../embedded-server.js';
import { applyMigrations } from '../migrate/apply-migrations.js';
import { createMigration } from '../migrate/create-migration.js';
import { markMigrationRolledBack } from '../migrate/mark-rolled-back.js';
import type { MigrationTarget } from '../migrate/migration-target.js';
import { readCliEnv, reportCliFailure } from './cli-env.js';

async function withTarget<T>(work: (target: MigrationTarget, label: string) => Promise<T>): Promise<T> {
  const env = readCliEnv();
  if (env.databaseUrl) return work({ databaseUrl: env.databaseUrl }, new URL(env.databaseUrl).host);
  const embedded = await useEmbeddedDatabase(env.dataDir);
  try {
    return await work({ databaseUrl: embedded.url }, `embedded PostgreSQL in ${env.dataDir}`);
  } finally {
    await embedded.release();
  }
}

async function main(args: string[]): Promise<void> {
  const [command, value] = args;
  if (command === 'create') {
    const created = await createMigration(value ?? '');
    process.stdout.write(created ? `created ${created.file}\n` : 'schema.prisma matches the migrations: nothing to create\n');
    return;
  }
  if (command === '--rolled-back') {
    if (!value) throw new Error('MIGRATION_NAME_INVALID: --rolled-back needs the migration folder name');
    await withTarget((target) => markMigrationRolledBack(target, value));
    process.stdout.write(`marked ${value} rolled back\n`);
    return;
  }
  if (command !== undefined) {
    throw new Error(`unknown argument "${command}": use no argument, "create <name>" or "--rolled-back <name>"`);
  }
  const { applied } = await withTarget(async (target, label) => {
    const result = await applyMigrations(target);
    process.stdout.write(`database: ${label}\n`);
    return result;
  });
  process.stdout.write(
    applied.length ? applied.map((name) => `applied ${name}\n`).join('') : 'already up to date\n',
  );
}

main(process.argv.slice(2).filter((arg) => arg !== '--')).catch(reportCliFailure);
