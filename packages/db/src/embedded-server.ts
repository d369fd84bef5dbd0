// The platform's embedded default database: PostgreSQL's own server (binaries from the npm
// registry, see embedded/postgres-binaries.ts) with its cluster in <dataDir>/postgres, one
// session per connection like any PostgreSQL. startEmbeddedServer owns the lifecycle: the data
// dir lock, the previous default's PGlite folder, a postmaster left by a crash, the port, the
// first initdb, start, migrations and stop. useEmbeddedDatabase is what a client calls: the
// running server of a data dir, or a private one started for the caller.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { acquireDataDirLock, isProcessAlive, liveLockHolder } from './data-dir-lock.js';
import { importPglite, type PgliteImport } from './embedded/pglite-import.js';
import { initCluster, isCluster, startPostgres, SUPERUSER, type ClusterContext, type RunningPostgres } from './embedded/postgres-cluster.js';
import { resolvePostgresBinaries } from './embedded/postgres-binaries.js';
import { settlePostmasterPid, type PostmasterState } from './embedded/postmaster-pid.js';
import { assertReachable, postgresRunAs } from './embedded/run-as.js';
import { assertPortFree, freePort } from './embedded/tcp-port.js';
import { DbError } from './errors.js';
import { applyMigrations } from './migrate/apply-migrations.js';
import { embeddedLayout, resolveDataDir, type EmbeddedLayout } from './paths.js';

export const DEFAULT_EMBEDDED_PORT = 54329;
/** The database the platform's tables live in, inside the embedded cluster. */
export const EMBEDDED_DATABASE = 'caravan';

export interface EmbeddedServerOptions {
  /** The platform's data directory (default: DATA_DIR, else <repo>/.data). */
  dataDir?: string;
  /** TCP port on 127.0.0.1 (default 54329); 0 picks a free one. */
  port?: number;
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  /** PostgreSQL's and our own progress lines (default: dropped). */
  log?: (line: string) => void;
}

export interface EmbeddedServer {
  /** postgresql:// URL (with the generated password) to hand to other processes as DATABASE_URL. */
  url: string;
  dataDir: string;
  port: number;
  /** Pid of the postmaster. */
  pid: number;
  /** Migrations applied while starting (empty when the schema was current or migrate was false). */
  applied: string[];
  /** Rows carried over from the previous default's PGlite folder, when this start found one. */
  imported: PgliteImport | undefined;
  /** What the start found of an earlier run's postmaster. */
  postmaster: PostmasterState;
  /** Resolves when PostgreSQL has exited, stopped by us or not. */
  exited: Promise<void>;
  stop(): Promise<void>;
}

export function embeddedServerUrl(port: number, password: string, database = EMBEDDED_DATABASE): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

function readSecret(layout: EmbeddedLayout): string {
  if (!existsSync(layout.secret)) {
    throw new DbError(
      'EMBEDDED_START_FAILED',
      `${layout.cluster} exists but its password file ${layout.secret} is missing. Restore the file, or move ${layout.cluster} away to start with an empty database.`,
    );
  }
  return readFileSync(layout.secret, 'utf8').trim();
}

function newSecret(layout: EmbeddedLayout): string {
  const password = randomBytes(18).toString('hex');
  writeFileSync(layout.secret, `${password}\n`, { mode: 0o600 });
  return password;
}

async function ensureDatabase(port: number, password: string): Promise<void> {
  const admin = new Client({ connectionString: embeddedServerUrl(port, password, 'postgres') });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [EMBEDDED_DATABASE]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${EMBEDDED_DATABASE}`);
  } finally {
    await admin.end();
  }
}

/**
 * The previous default kept PGlite files in <dataDir>/pglite. Their rows go into a cluster
 * built beside the final one (<dataDir>/postgres.import); the PGlite folder is then renamed
 * <dataDir>/pglite.imported (kept) and the new cluster takes its final name. A crash before
 * the first rename leaves the PGlite folder as it was, and the next start imports again.
 */
async function importPreviousDefault(layout: EmbeddedLayout, port: number, context: ClusterContext): Promise<PgliteImport> {
  const oldServer = liveLockHolderPid(layout.pgliteLock);
  if (oldServer !== undefined) {
    throw new DbError(
      'DATA_DIR_LOCKED',
      `${layout.pglite} (the previous embedded default) is open in process ${oldServer}. Stop that process, then start again: its data will be imported into PostgreSQL.`,
    );
  }
  context.log(`found ${layout.pglite} from the previous embedded default (PGlite): importing its data into PostgreSQL`);
  rmSync(layout.importing, { recursive: true, force: true });
  const password = newSecret(layout);
  await initCluster(layout.importing, password, context);
  const running = await startPostgres(layout.importing, port, context);
  let imported: PgliteImport;
  try {
    await ensureDatabase(port, password);
    imported = await importPglite(layout.pglite, embeddedServerUrl(port, password));
  } finally {
    await running.stop();
  }
  const kept = existsSync(layout.pgliteImported) ? `${layout.pgliteImported}-${Date.now()}` : layout.pgliteImported;
  renameSync(layout.pglite, kept);
  rmSync(layout.pgliteLock, { force: true });
  renameSync(layout.importing, layout.cluster);
  const total = Object.values(imported.rows).reduce((sum, n) => sum + n, 0);
  context.log(`imported ${total} rows from PGlite; its files are kept in ${kept} (delete them once you have checked your data)`);
  return imported;
}

/** The live process named by the previous default's pid file, if any. */
function liveLockHolderPid(pgliteLock: string): number | undefined {
  const pid = existsSync(pgliteLock) ? Number.parseInt(readFileSync(pgliteLock, 'utf8').trim(), 10) : Number.NaN;
  return Number.isInteger(pid) && pid > 0 && isProcessAlive(pid) ? pid : undefined;
}

export async function startEmbeddedServer(options: EmbeddedServerOptions = {}): Promise<EmbeddedServer> {
  const dataDir = options.dataDir ?? resolveDataDir();
  const port = options.port === 0 ? await freePort() : (options.port ?? DEFAULT_EMBEDDED_PORT);
  const log = options.log ?? ((): void => undefined);
  const layout = embeddedLayout(dataDir);
  mkdirSync(dataDir, { recursive: true });
  const lock = acquireDataDirLock(dataDir, port);
  let running: RunningPostgres | undefined;
  try {
    const runAs = postgresRunAs();
    assertReachable(dataDir, runAs);
    const context: ClusterContext = { binaries: await resolvePostgresBinaries(runAs), runAs, log };
    await assertPortFree(port);

    let imported: PgliteImport | undefined;
    if (existsSync(layout.pglite)) {
      if (isCluster(layout.cluster)) {
        throw new DbError(
          'DATA_DIR_AMBIGUOUS',
          `${dataDir} holds both the embedded PostgreSQL (${layout.cluster}) and a PGlite folder of the previous default (${layout.pglite}); their data are not merged. ` +
            `To keep using PostgreSQL, move ${layout.pglite} out of ${dataDir}. To import the PGlite data instead, move ${layout.cluster} and ${layout.secret} out of ${dataDir}.`,
        );
      }
      imported = await importPreviousDefault(layout, port, context);
    } else if (!isCluster(layout.cluster) && isCluster(layout.importing) && existsSync(layout.pgliteImported)) {
      // An import finished and the PGlite folder was set aside, but the cluster kept its temporary name.
      renameSync(layout.importing, layout.cluster);
    }

    const fresh = !isCluster(layout.cluster);
    const password = fresh ? newSecret(layout) : readSecret(layout);
    if (fresh) {
      log(`creating the embedded PostgreSQL cluster in ${layout.cluster}`);
      await initCluster(layout.cluster, password, context);
    }
    const postmaster = await settlePostmasterPid(layout.cluster, log);
    running = await startAfterCrash(() => startPostgres(layout.cluster, port, context));
    await ensureDatabase(port, password);
    const url = embeddedServerUrl(port, password);
    const applied = options.migrate === false ? [] : (await applyMigrations({ databaseUrl: url })).applied;
    const postgres = running;
    const exited = postgres.exited.then(() => lock.release());
    return {
      url,
      dataDir,
      port,
      pid: postgres.pid,
      applied,
      imported,
      postmaster,
      exited,
      async stop() {
        await postgres.stop();
        await exited;
      },
    };
  } catch (error) {
    await running?.stop();
    lock.release();
    throw error;
  }
}

/**
 * Right after a crash, backends of the dead postmaster can still be attached to its shared
 * memory for a moment; PostgreSQL then refuses to start ("... is still in use"). They exit as
 * soon as they notice, so the start is tried again for a few seconds.
 */
async function startAfterCrash(start: () => Promise<RunningPostgres>): Promise<RunningPostgres> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await start();
    } catch (error) {
      if (attempt >= 20 || !(error instanceof DbError) || !error.message.includes('is still in use')) throw error;
      await sleep(250);
    }
  }
}

/** The URL of the server already running on `dataDir`, if one is. */
export function findEmbeddedServer(dataDir: string = resolveDataDir()): string | undefined {
  const holder = liveLockHolder(dataDir);
  if (!holder) return undefined;
  return embeddedServerUrl(holder.port, readSecret(embeddedLayout(dataDir)));
}

export interface EmbeddedDatabase {
  url: string;
  /** Stops the server when this call started it; leaves a shared one running. */
  release(): Promise<void>;
}

/** Connects to the running embedded server of `dataDir`, or starts a private one on a free port. */
export async function useEmbeddedDatabase(dataDir: string = resolveDataDir(), log?: (line: string) => void): Promise<EmbeddedDatabase> {
  const running = findEmbeddedServer(dataDir);
  if (running) return { url: running, release: async () => undefined };
  const server = await startEmbeddedServer({ dataDir, port: 0, migrate: false, ...(log ? { log } : {}) });
  return { url: server.url, release: () => server.stop() };
}
