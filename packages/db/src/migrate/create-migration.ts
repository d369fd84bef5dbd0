// Writes the next migration: the SQL that takes a database built from prisma/migrations/* to
// prisma/schema.prisma, computed by the schema engine with throwaway in-memory PGlite instances
// (main and shadow), so no running server is needed. Writes nothing when there is no change.
import { PGlite } from '@electric-sql/pglite';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DbError } from '../errors.js';
import { migrationsDir, schemaPath } from '../paths.js';
import { MIGRATION_LOCK_CONTENT, MIGRATION_LOCK_FILE, readMigrationsFolder } from './migrations-folder.js';
import { withSchemaEngine } from './migration-target.js';
import { PGLITE_EXTENSIONS } from './pglite-extensions.js';

export interface CreateMigrationOptions {
  migrationsDir?: string;
  schemaFile?: string;
  /** Clock for the folder's timestamp (tests pin it). */
  now?: Date;
}

export interface CreatedMigration {
  name: string;
  file: string;
  sql: string;
}

const NAME_PATTERN = /^[a-z0-9][a-z0-9_]*$/;

/** `20241025083000` in UTC, the prefix Prisma gives migration folders. */
export function migrationTimestamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

export async function createMigration(
  name: string,
  options: CreateMigrationOptions = {},
): Promise<CreatedMigration | null> {
  if (!NAME_PATTERN.test(name)) {
    throw new DbError(
      'MIGRATION_NAME_INVALID',
      `"${name}" is not a usable migration name: use lower-case letters, digits and underscores (e.g. add_session_notes).`,
    );
  }
  const baseDir = options.migrationsDir ?? migrationsDir();
  const schemaFile = options.schemaFile ?? schemaPath();
  const migrationsList = readMigrationsFolder(baseDir);
  const scratch = new PGlite('memory://', { extensions: PGLITE_EXTENSIONS });
  let script: string | null;
  try {
    script = await withSchemaEngine(
      { pglite: scratch },
      async ({ engine }) => {
        const result = await engine.diff({
          from: { tag: 'migrations', ...migrationsList },
          to: { tag: 'schemaDatamodel', files: [{ path: schemaFile, content: readFileSync(schemaFile, 'utf8') }] },
          script: true,
          exitCode: true,
          filters: { externalTables: [], externalEnums: [] },
        });
        // exitCode 2 means "the diff is not empty" when exitCode reporting is on.
        return result.exitCode === 2 ? (result.stdout ?? '') : null;
      },
      { schemaFile },
    );
  } finally {
    await scratch.close();
  }
  if (script === null) return null;

  const folder = `${migrationTimestamp(options.now ?? new Date())}_${name}`;
  const file = path.join(baseDir, folder, 'migration.sql');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, script);
  const lockPath = path.join(baseDir, MIGRATION_LOCK_FILE);
  if (!existsSync(lockPath)) writeFileSync(lockPath, MIGRATION_LOCK_CONTENT);
  return { name: folder, file, sql: script };
}
