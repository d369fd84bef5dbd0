// What a postmaster.pid left in the cluster means before we start it. Called only while we
// hold the data-dir lock, so no live Caravan process serves this cluster:
// - its pid is dead: a crash; PostgreSQL replaces the stale file itself (and recovers);
// - its pid runs PostgreSQL on this cluster: an orphan whose owner was killed; stop it first;
// - its pid runs something else (the pid was reused): the file is stale; remove it, since
//   PostgreSQL would refuse to start while that pid lives.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isProcessAlive as alive } from '../data-dir-lock.js';

export type PostmasterState = 'none' | 'crashed' | 'orphan-stopped' | 'pid-reused';

/** A process that has exited but not been reaped (a killed postmaster whose parent died too). */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    try {
      return execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim().startsWith('Z');
    } catch {
      return false;
    }
  }
}

/** Live processes working in `dir` (PostgreSQL's processes run with the cluster as their cwd). Linux only. */
function processesIn(dir: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  return entries.filter((entry) => /^\d+$/.test(entry)).map(Number).filter((pid) => {
    try {
      return readlinkSync(`/proc/${pid}/cwd`) === dir && !isZombie(pid);
    } catch {
      return false;
    }
  });
}

/**
 * A killed postmaster can stay a zombie (its parent died with it) and its backends live on for
 * a moment. PostgreSQL would take the zombie for a running server, so once the backends are
 * gone (killed if they linger) the stale file is removed.
 */
async function clearDeadPostmaster(clusterDir: string, file: string): Promise<void> {
  for (let waited = 0; processesIn(clusterDir).length > 0 && waited < 10_000; waited += 100) await sleep(100);
  for (const pid of processesIn(clusterDir)) process.kill(pid, 'SIGKILL');
  for (let waited = 0; processesIn(clusterDir).length > 0 && waited < 5_000; waited += 100) await sleep(100);
  rmSync(file, { force: true });
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    try {
      return execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' });
    } catch {
      return '';
    }
  }
}

async function stopOrphan(pid: number): Promise<void> {
  for (const [signal, waitMs] of [['SIGINT', 30_000], ['SIGQUIT', 5_000], ['SIGKILL', 5_000]] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    for (const deadline = Date.now() + waitMs; Date.now() < deadline; await sleep(50)) if (!alive(pid) || isZombie(pid)) return;
  }
}

export async function settlePostmasterPid(clusterDir: string, log: (line: string) => void): Promise<PostmasterState> {
  const file = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(file)) return 'none';
  const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid) || isZombie(pid)) {
    log(`postmaster.pid names no running process: the last run ended without a shutdown; PostgreSQL recovers from its WAL`);
    if (Number.isInteger(pid) && pid > 0 && isZombie(pid)) await clearDeadPostmaster(clusterDir, file);
    return 'crashed';
  }
  const command = commandLine(pid);
  if (command.includes('postgres') && command.includes(clusterDir)) {
    log(`PostgreSQL ${pid} of an earlier run still serves ${clusterDir} without its owner; stopping it`);
    await stopOrphan(pid);
    return 'orphan-stopped';
  }
  log(`postmaster.pid names process ${pid}, which is not PostgreSQL (the pid was reused); removing the stale file`);
  rmSync(file, { force: true });
  return 'pid-reused';
}
