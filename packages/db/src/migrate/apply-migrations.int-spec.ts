// applyMigrations on the machine's PostgreSQL and on PGlite: first apply, idempotent re-apply,
// _prisma_migrations matching the folders, and a broken migration that fails cleanly.
import { PGlite } from '@electric-sql/pglite';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { DbError } from '../errors.js';
import { migrationsDir } from '../paths.js';
import { DEFAULT_TEST_DATABASE_URL } from '../testing/index.js';
import { applyMigrations } from './apply-migrations.js';
import { markMigrationRolledBack } from './mark-rolled-back.js';
import type { MigrationTarget } from './migration-target.js';
import { PGLITE_EXTENSIONS } from './pglite-extensions.js';

interface Row {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

interface Harness {
  target: MigrationTarget;
  query<T>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}

async function postgresHarness(): Promise<Harness> {
  const base = process.env['TEST_DATABASE_URL'] || DEFAULT_TEST_DATABASE_URL;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  const name = `caravan_mig_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  return {
    target: { databaseUrl: url.toString() },
    query: async <T>(sql: string) => (await client.query(sql)).rows as T[],
    close: async () => {
      await client.end();
      await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

async function pgliteHarness(): Promise<Harness> {
  const pglite = await PGlite.create('memory://', { extensions: PGLITE_EXTENSIONS });
  return {
    target: { pglite },
    query: async <T>(sql: string) => (await pglite.query<T>(sql)).rows,
    close: () => pglite.close(),
  };
}

const checksum = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

describe.each([
  ['PostgreSQL', postgresHarness],
  ['PGlite', pgliteHarness],
])(`${applyMigrations.name} on %s`, (_kind, open) => {
  let harness: Harness;
  let dir: string;

  beforeAll(async () => {
    harness = await open();
    dir = mkdtempSync(path.join(tmpdir(), 'caravan-migrations-'));
    cpSync(migrationsDir(), dir, { recursive: true });
  });
  afterAll(async () => {
    await harness.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const folders = (): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();

  it('applies every folder, records it like prisma migrate deploy, and re-applying does nothing', async () => {
    const first = await applyMigrations(harness.target, { migrationsDir: dir });
    expect(first.applied).toEqual(folders());
    expect(first.applied.length).toBeGreaterThan(0);

    const second = await applyMigrations(harness.target, { migrationsDir: dir });
    expect(second.applied).toEqual([]);

    const rows = await harness.query<Row>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows.map((row) => [row.migration_name, row.checksum])).toEqual(
      folders().map((name) => [name, checksum(path.join(dir, name, 'migration.sql'))]),
    );
    expect(rows.every((row) => row.finished_at !== null && row.rolled_back_at === null)).toBe(true);
    const tables = await harness.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename IN ('Series', 'Edition', 'Agreement')",
    );
    expect(tables.map((t) => t.tablename).sort()).toEqual(['Agreement', 'Edition', 'Series']);
  });

  it('fails a broken migration with its folder and the SQL error, keeping earlier ones and rolling back its own statements', async () => {
    const broken = '29991231000000_broken';
    mkdirSync(path.join(dir, broken));
    writeFileSync(
      path.join(dir, broken, 'migration.sql'),
      'CREATE TABLE "HalfDone" ("id" INTEGER);\nALTER TABLE "NoSuchTable" ADD COLUMN "x" INTEGER;\n',
    );

    const failure = await applyMigrations(harness.target, { migrationsDir: dir }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DbError);
    expect((failure as DbError).code).toBe('MIGRATION_FAILED');
    expect((failure as DbError).message).toContain(broken);
    expect((failure as DbError).message).toContain('relation "NoSuchTable" does not exist');

    const rows = await harness.query<Row>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows.map((row) => [row.migration_name, row.finished_at !== null])).toEqual([
      ...folders()
        .filter((name) => name !== broken)
        .map((name) => [name, true]),
      [broken, false],
    ]);
    const halfDone = await harness.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'HalfDone'",
    );
    expect(halfDone[0]?.n).toBe(0);

    const blocked = await applyMigrations(harness.target, { migrationsDir: dir }).catch((error: unknown) => error);
    expect((blocked as DbError).code).toBe('MIGRATION_HISTORY_BLOCKED');

    // The documented way out: fix the file, mark the failure rolled back, apply again.
    writeFileSync(path.join(dir, broken, 'migration.sql'), 'CREATE TABLE "HalfDone" ("id" INTEGER);\n');
    await markMigrationRolledBack(harness.target, broken, { migrationsDir: dir });
    const retried = await applyMigrations(harness.target, { migrationsDir: dir });
    expect(retried.applied).toEqual([broken]);
  });
});
