// Who serves a data directory's embedded PostgreSQL: `<dataDir>/embedded.lock` holds the pid of
// the process that started it and the port it listens on. One owner at a time, so two launchers
// never start two postmasters on one cluster; other processes read the file to connect.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { DbError } from './errors.js';
import { embeddedLayout } from './paths.js';

export interface LockHolder {
  pid: number;
  port: number;
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

/** Whether a process with this pid exists (whoever owns it). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockPath: string): LockHolder | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(lockPath, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || !('pid' in parsed) || !('port' in parsed)) return undefined;
    const { pid, port } = parsed;
    return Number.isInteger(pid) && Number.isInteger(port) ? { pid: pid as number, port: port as number } : undefined;
  } catch {
    return undefined;
  }
}

/** The live process serving `dataDir`, if any. */
export function liveLockHolder(dataDir: string): LockHolder | undefined {
  const holder = readHolder(embeddedLayout(dataDir).lock);
  return holder && isProcessAlive(holder.pid) ? holder : undefined;
}

const held = new Set<string>();

export function acquireDataDirLock(dataDir: string, port: number): DataDirLock {
  const lockPath = embeddedLayout(dataDir).lock;
  if (held.has(lockPath)) {
    throw new DbError('DATA_DIR_LOCKED', `${dataDir} is already served by this process (pid ${process.pid}); share that server's URL instead of starting it twice.`);
  }
  mkdirSync(dataDir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(lockPath, `${JSON.stringify({ pid: process.pid, port })}\n`, { flag: 'wx', mode: 0o644 });
      held.add(lockPath);
      const onExit = (): void => release();
      process.once('exit', onExit);
      const release = (): void => {
        if (!held.delete(lockPath)) return;
        process.removeListener('exit', onExit);
        if (readHolder(lockPath)?.pid === process.pid) rmSync(lockPath, { force: true });
      };
      return { path: lockPath, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(lockPath);
      if (holder !== undefined && holder.pid !== process.pid && isProcessAlive(holder.pid)) {
        throw new DbError(
          'DATA_DIR_LOCKED',
          `the embedded PostgreSQL of ${dataDir} is already served by process ${holder.pid} on port ${holder.port}. ` +
            `Use that one (the db CLIs and createDatabase() connect to it by themselves) or stop that process first.`,
        );
      }
      // The holder died without cleaning up (or wrote garbage): the lock is stale.
      rmSync(lockPath, { force: true });
    }
  }
  throw new DbError('DATA_DIR_LOCKED', `could not take ${lockPath}; remove it if no Caravan process is running.`);
}
