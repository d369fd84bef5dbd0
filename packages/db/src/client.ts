// The one way Caravan code opens its database: PostgreSQL through @prisma/adapter-pg when a
// URL is given, otherwise the embedded PGlite (files under <repo>/.data/pglite).
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { acquireDataDirLock } from './data-dir-lock.js';
import { PrismaClient } from './generated/prisma/client.js';
import { applyMigrations } from './migrate/apply-migrations.js';
import { defaultPgliteDir } from './paths.js';

export type DatabaseKind = 'postgres' | 'pglite';

export interface Database {
  prisma: PrismaClient;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export interface CreateDatabaseOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite is used. */
  databaseUrl?: string;
  /** PGlite data directory (default `<repo>/.data/pglite`); `memory://` keeps it in memory. */
  dataDir?: string;
  /** Maximum connections in the pg pool (PostgreSQL only). */
  poolMax?: number;
  /** Apply pending migrations before returning (a no-op when the schema is current). */
  migrate?: boolean;
}

export async function createDatabase(options: CreateDatabaseOptions = {}): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options);
  return openPglite(options.dataDir ?? defaultPgliteDir(), options);
}

async function openPostgres(databaseUrl: string, options: CreateDatabaseOptions): Promise<Database> {
  if (options.migrate) await applyMigrations({ databaseUrl });
  const pool = new Pool({ connectionString: databaseUrl, max: options.poolMax ?? 10 });
  // An idle connection the server closes (restart, DROP DATABASE ... FORCE) is already dropped
  // from the pool and replaced on the next query; without a listener it would kill the process.
  pool.on('error', (error: Error & { code?: string }) => {
    process.stderr.write(`@caravan/db: idle PostgreSQL connection closed (${error.code ?? 'no code'}): ${error.message}\n`);
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    kind: 'postgres',
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string, options: CreateDatabaseOptions): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  const lock = inMemory ? undefined : acquireDataDirLock(dataDir);
  try {
    const pglite = await PGlite.create(dataDir);
    if (options.migrate) await applyMigrations({ pglite });
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    return {
      prisma,
      kind: 'pglite',
      async close() {
        try {
          await prisma.$disconnect();
          await pglite.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
