// Test fixtures for every package that touches the database ('@caravan/db/testing'): a fresh,
// migrated PostgreSQL database per call on the machine's server. Test support only: this folder
// is not compiled into dist; Jest resolves the subpath to the source (packages/config preset).
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
// Through the package's own name, so that tests in other packages get the same (built) classes
// and types as the code under test.
import { applyMigrations, createDatabase, DbError, type Database } from '@caravan/db';

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

async function withAdmin<T>(work: (client: Client) => Promise<T>, url: string = adminUrl()): Promise<T> {
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

export interface TestDatabaseOptions {
  poolMax?: number;
  /** The server to create it on, as a URL of a database there (default: TEST_DATABASE_URL, else the machine's PostgreSQL). */
  adminUrl?: string;
}

/** A new database named caravan_test_<random>, migrated, with a client open on it. */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const admin = options.adminUrl ?? adminUrl();
  const name = `caravan_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}"`), admin);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const dbUrl = url.toString();
  let db: Database | undefined;
  try {
    await applyMigrations({ databaseUrl: dbUrl });
    db = await createDatabase({ databaseUrl: dbUrl, poolMax: options.poolMax ?? 4 });
  } catch (error) {
    await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`), admin);
    throw error;
  }
  const opened = db;
  return {
    url: dbUrl,
    db: opened,
    async drop() {
      await opened.close();
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`), admin);
    },
  };
}

export { createTempDataDir, type TempDataDir } from './temp-data-dir.js';
export { startEmbeddedTestServer, type EmbeddedTestServer } from './embedded-test-server.js';
export { rollbackAmidCommits, type RollbackAmidCommits } from './rollback-amid-commits.js';
