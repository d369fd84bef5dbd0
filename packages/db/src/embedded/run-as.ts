// PostgreSQL refuses to run as root. As root (CI, containers) the embedded server runs its
// binaries as the machine's `postgres` user and hands it the cluster folder; as anyone else it
// runs as that user.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync } from 'node:fs';
import path from 'node:path';
import { DbError } from '../errors.js';

export interface RunAs {
  uid: number;
  gid: number;
}

const POSTGRES_USER = 'postgres';

/** The user to run PostgreSQL as, or undefined to run as ourselves. */
export function postgresRunAs(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const uid = Number(execFileSync('id', ['-u', POSTGRES_USER], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', POSTGRES_USER], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new DbError(
      'DATA_DIR_UNREACHABLE',
      `running as root: PostgreSQL cannot run as root and there is no "${POSTGRES_USER}" user to run it as. Create one (useradd --system --user-group ${POSTGRES_USER}) or run as a normal user.`,
    );
  }
}

/** Gives `dir` to the postgres user (only when running as root). */
export function handOver(dir: string, runAs: RunAs | undefined): void {
  if (runAs) chownSync(dir, runAs.uid, runAs.gid);
}

/** Fails with the folder to fix when the postgres user cannot reach `dir`. */
export function assertReachable(dir: string, runAs: RunAs | undefined): void {
  if (!runAs) return;
  const probe = spawnSync('test', ['-x', dir], runAs);
  if (probe.status === 0) return;
  let blocked = dir;
  for (let at = dir; ; at = path.dirname(at)) {
    if (spawnSync('test', ['-x', at], runAs).status !== 0) blocked = at;
    if (path.dirname(at) === at) break;
  }
  throw new DbError(
    'DATA_DIR_UNREACHABLE',
    `running as root, PostgreSQL runs as the ${POSTGRES_USER} user, which cannot enter ${blocked}. ` +
      `Allow it (chmod o+x ${blocked}) or set DATA_DIR to a folder under one it can enter (e.g. /var/tmp/caravan-data).`,
  );
}
