// Where this package and the repository live on disk, found from this file's own location so
// that the answer is the same from src (jest), dist (node) and any working directory.
import { existsSync } from 'node:fs';
import path from 'node:path';

function findUp(start: string, marker: string): string | undefined {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, marker))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The @caravan/db package folder (holds prisma/schema.prisma and prisma/migrations). */
export function packageRoot(): string {
  const root = findUp(__dirname, path.join('prisma', 'schema.prisma'));
  if (!root) throw new Error(`DB_PACKAGE_NOT_FOUND: no prisma/schema.prisma above ${__dirname}`);
  return root;
}

/** The monorepo root (holds pnpm-workspace.yaml); falls back to the package's parent's parent. */
export function repoRoot(): string {
  return findUp(packageRoot(), 'pnpm-workspace.yaml') ?? path.resolve(packageRoot(), '..', '..');
}

/** A built db CLI (dist/cli/<name>.js), as the launcher runs it. */
export const dbCliPath = (name: 'embedded' | 'migrate' | 'seed'): string => path.join(packageRoot(), 'dist', 'cli', `${name}.js`);

export const schemaPath = (): string => path.join(packageRoot(), 'prisma', 'schema.prisma');
export const migrationsDir = (): string => path.join(packageRoot(), 'prisma', 'migrations');

/**
 * The platform's local data directory: the one environment variable that moves it, and its
 * default `<repo>/.data` (git-ignored). The embedded PostgreSQL keeps its cluster inside.
 */
export const DATA_DIR_VARIABLE = 'DATA_DIR';
export const defaultDataDir = (): string => path.join(repoRoot(), '.data');

/** DATA_DIR when set (blank counts as unset), else the default; always absolute. */
export function resolveDataDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const value = env[DATA_DIR_VARIABLE]?.trim();
  return path.resolve(value ? value : defaultDataDir());
}

/** What the embedded default keeps in the data directory. */
export interface EmbeddedLayout {
  /** The PostgreSQL cluster (PGDATA, mode 0700). */
  cluster: string;
  /** A cluster being filled from an old PGlite folder; renamed to `cluster` when complete. */
  importing: string;
  /** Pid and port of the process serving the cluster (see data-dir-lock.ts). */
  lock: string;
  /** The generated password of the cluster's `postgres` role (mode 0600). */
  secret: string;
  /** The previous default's PGlite files, and the lock its server held. */
  pglite: string;
  pgliteLock: string;
  /** Where the PGlite folder goes once its data are in the cluster (kept, never deleted). */
  pgliteImported: string;
}

export function embeddedLayout(dataDir: string): EmbeddedLayout {
  const at = (name: string): string => path.join(dataDir, name);
  return {
    cluster: at('postgres'),
    importing: at('postgres.import'),
    lock: at('embedded.lock'),
    secret: at('embedded.secret'),
    pglite: at('pglite'),
    pgliteLock: at('pglite.lock'),
    pgliteImported: at('pglite.imported'),
  };
}
