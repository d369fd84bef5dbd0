// The platform's embedded default database: PGlite with its files under .data/pglite, served
// over the PostgreSQL wire protocol so the api, the worker and the seed (separate processes)
// share it through an ordinary DATABASE_URL. One server per data dir, enforced by a pid lock.
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { acquireDataDirLock } from './data-dir-lock.js';
import { applyMigrations } from './migrate/apply-migrations.js';
import { defaultPgliteDir } from './paths.js';

export const DEFAULT_EMBEDDED_PORT = 54329;

export interface EmbeddedServerOptions {
  /** Default `<repo>/.data/pglite`. */
  dataDir?: string;
  port?: number;
  host?: string;
  maxConnections?: number;
  /** Apply pending migrations before accepting connections (default true). */
  migrate?: boolean;
}

export interface EmbeddedServer {
  /** postgresql:// URL to hand to other processes as DATABASE_URL. */
  url: string;
  dataDir: string;
  /** Migrations applied while starting (empty when the schema was current). */
  applied: string[];
  stop(): Promise<void>;
}

export function embeddedServerUrl(port: number, host = '127.0.0.1'): string {
  return `postgresql://postgres@${host}:${port}/postgres`;
}

export async function startEmbeddedServer(options: EmbeddedServerOptions = {}): Promise<EmbeddedServer> {
  const dataDir = options.dataDir ?? defaultPgliteDir();
  const port = options.port ?? DEFAULT_EMBEDDED_PORT;
  const host = options.host ?? '127.0.0.1';
  const lock = acquireDataDirLock(dataDir);
  let pglite: PGlite | undefined;
  try {
    pglite = await PGlite.create(dataDir);
    const { applied } = options.migrate === false ? { applied: [] } : await applyMigrations({ pglite });
    const server = new PGLiteSocketServer({ db: pglite, host, port, maxConnections: options.maxConnections ?? 100 });
    await server.start();
    const db = pglite;
    let stopped = false;
    return {
      url: embeddedServerUrl(port, host),
      dataDir,
      applied,
      async stop() {
        if (stopped) return;
        stopped = true;
        try {
          await server.stop();
          await db.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    await pglite?.close().catch(() => undefined);
    lock.release();
    throw error;
  }
}
