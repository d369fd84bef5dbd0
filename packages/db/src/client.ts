// The one way Caravan code opens its database: PostgreSQL through @prisma/adapter-pg, at the
// given URL or, without one, the embedded PostgreSQL of the data directory (the running server,
// or a private one started for this client and stopped when it closes).
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { useEmbeddedDatabase } from './embedded-server.js';
import { PrismaClient } from './generated/prisma/client.js';
import { applyMigrations } from './migrate/apply-migrations.js';
import { resolveDataDir } from './paths.js';

export type DatabaseKind = 'postgres' | 'embedded';

/** Connections of the pg pool, for metrics. */
export interface PoolUse {
  max: number;
  total: number;
  idle: number;
  /** Queries waiting for a connection. */
  waiting: number;
}

export interface Database {
  prisma: PrismaClient;
  kind: DatabaseKind;
  /** How the connection pool is used right now. */
  poolUse?(): PoolUse;
  close(): Promise<void>;
}

export interface CreateDatabaseOptions {
  /** PostgreSQL connection string; when absent the embedded default is used. */
  databaseUrl?: string;
  /** Data directory of the embedded default (default: DATA_DIR, else <repo>/.data). */
  dataDir?: string;
  /** Maximum connections in the pg pool. */
  poolMax?: number;
  /** Apply pending migrations before returning (a no-op when the schema is current). */
  migrate?: boolean;
}

export async function createDatabase(options: CreateDatabaseOptions = {}): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, 'postgres', options);
  const embedded = await useEmbeddedDatabase(options.dataDir ?? resolveDataDir());
  try {
    const db = await openPostgres(embedded.url, 'embedded', options);
    return {
      ...db,
      async close() {
        try {
          await db.close();
        } finally {
          await embedded.release();
        }
      },
    };
  } catch (error) {
    await embedded.release();
    throw error;
  }
}

async function openPostgres(databaseUrl: string, kind: DatabaseKind, options: CreateDatabaseOptions): Promise<Database> {
  if (options.migrate) await applyMigrations({ databaseUrl });
  const poolMax = options.poolMax ?? 10;
  const pool = new Pool({ connectionString: databaseUrl, max: poolMax });
  // An idle connection the server closes (restart, DROP DATABASE ... FORCE) is already dropped
  // from the pool and replaced on the next query; without a listener it would kill the process.
  pool.on('error', (error: Error & { code?: string }) => {
    process.stderr.write(`@caravan/db: idle PostgreSQL connection closed (${error.code ?? 'no code'}): ${error.message}\n`);
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    kind,
    poolUse: () => ({ max: poolMax, total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
