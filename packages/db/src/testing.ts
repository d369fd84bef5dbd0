// Test fixtures for every package that touches the database ('@caravan/db/testing'): a fresh,
// migrated PostgreSQL database per call on the machine's server, or an in-memory PGlite.
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createDatabase, type Database } from './client.js';
import { DbError } from './errors.js';
import { applyMigrations } from './migrate/apply-migrations.js';

export const DEFAULT_TEST_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  /** Connection string of the fresh database (hand it to code under test as DATABASE_URL). */
  url: string;
  db: Database;
  /** Disconnects and drops the database. */
  drop(): Promise<void>;
}

function adminUrl(): string {
  return process.env['TEST_DATABASE_URL'] || DEFAULT_TEST_DATABASE_URL;
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const url = adminUrl();
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new DbError(
      'TEST_DATABASE_UNAVAILABLE',
      `cannot reach PostgreSQL at ${url} (${(error as Error).message}); start it or set TEST_DATABASE_URL.`,
      { cause: error },
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new database named caravan_test_<random>, migrated, with a client open on it. */
export async function createTestDatabase(options: { poolMax?: number } = {}): Promise<TestDatabase> {
  const name = `caravan_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const dbUrl = url.toString();
  let db: Database | undefined;
  try {
    await applyMigrations({ databaseUrl: dbUrl });
    db = await createDatabase({ databaseUrl: dbUrl, poolMax: options.poolMax ?? 4 });
  } catch (error) {
    await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    throw error;
  }
  const opened = db;
  return {
    url: dbUrl,
    db: opened,
    async drop() {
      await opened.close();
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** An in-memory PGlite with every migration applied; `db.close()` discards it. */
export function createTestPglite(): Promise<Database> {
  return createDatabase({ dataDir: 'memory://', migrate: true });
}
