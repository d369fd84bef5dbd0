// A pid file beside a PGlite data directory. PGlite is single-process: two processes (or two
// instances in one process) writing the same files corrupt the database, so whoever opens a
// data dir first holds `<dataDir>.lock` until it closes or exits.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DbError } from './errors.js';

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockPath: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

const held = new Set<string>();

export function acquireDataDirLock(dataDir: string): DataDirLock {
  const lockPath = `${path.resolve(dataDir)}.lock`;
  if (held.has(lockPath)) {
    throw new DbError(
      'DATA_DIR_LOCKED',
      `${dataDir} is already open in this process (pid ${process.pid}); share the one Database instead of opening the directory twice.`,
    );
  }
  mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(lockPath, `${process.pid}\n`, { flag: 'wx' });
      held.add(lockPath);
      const onExit = (): void => release();
      process.once('exit', onExit);
      const release = (): void => {
        if (!held.delete(lockPath)) return;
        process.removeListener('exit', onExit);
        if (readHolder(lockPath) === process.pid) rmSync(lockPath, { force: true });
      };
      return { path: lockPath, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(lockPath);
      if (holder !== undefined && holder !== process.pid && isAlive(holder)) {
        throw new DbError(
          'DATA_DIR_LOCKED',
          `${dataDir} is in use by process ${holder}. Connect through that process's embedded server (DATABASE_URL=postgresql://postgres@127.0.0.1:54329/postgres) or stop it first.`,
        );
      }
      // The holder died without cleaning up (or wrote garbage): the lock is stale.
      rmSync(lockPath, { force: true });
    }
  }
  throw new DbError('DATA_DIR_LOCKED', `could not take ${lockPath}; remove it if no Caravan process is running.`);
}
