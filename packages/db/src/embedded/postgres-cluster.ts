// One PostgreSQL cluster on disk and its postmaster process: initdb once, start, stop. Server
// output is kept (the last lines go into error messages) and handed to `log` line by line.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DbError } from '../errors.js';
import type { PostgresBinaries } from './postgres-binaries.js';
import { assertReachable, handOver, type RunAs } from './run-as.js';

export const SUPERUSER = 'postgres';

export interface ClusterContext {
  binaries: PostgresBinaries;
  runAs: RunAs | undefined;
  log: (line: string) => void;
}

export interface RunningPostgres {
  pid: number;
  /** Resolves when the postmaster has exited, whoever stopped it. */
  exited: Promise<void>;
  /** Fast shutdown (open transactions roll back), escalating if it takes too long. */
  stop(): Promise<void>;
}

// Messages in English whatever the machine's language: errors quote them.
const ENV = { ...process.env, LC_MESSAGES: 'C', LC_ALL: 'C' };

export const isCluster = (dir: string): boolean => existsSync(path.join(dir, 'PG_VERSION'));

/** Text order and case rules as production's PostgreSQL (C.UTF-8) where the machine has them. */
function clusterLocale(): string {
  const listed = spawnSync('locale', ['-a'], { encoding: 'utf8' });
  const names = new Set((listed.stdout ?? '').split('\n').map((name) => name.trim().toLowerCase()));
  return names.has('c.utf8') || names.has('c.utf-8') ? 'C.UTF-8' : 'C';
}

function keepOutput(child: ChildProcess, log: (line: string) => void): string[] {
  const tail: string[] = [];
  const take = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      tail.push(line);
      if (tail.length > 30) tail.shift();
      log(line);
    }
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  return tail;
}

/** Creates the cluster in `dir` (which must not hold one) with `password` for the superuser. */
export async function initCluster(dir: string, password: string, context: ClusterContext): Promise<void> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  handOver(dir, context.runAs);
  assertReachable(dir, context.runAs);
  // initdb reads the password from a file (0600, beside the cluster: initdb wants an empty folder).
  const pwfile = path.join(path.dirname(dir), `.initdb-password-${process.pid}`);
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (context.runAs) chownSync(pwfile, context.runAs.uid, context.runAs.gid);
  try {
    const child = spawn(
      context.binaries.initdb,
      [`--pgdata=${dir}`, `--username=${SUPERUSER}`, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', `--locale=${clusterLocale()}`],
      { env: ENV, stdio: ['ignore', 'pipe', 'pipe'], ...(context.runAs ?? {}) },
    );
    // initdb's chatter (and its advice to run pg_ctl) only matters when it fails.
    const tail = keepOutput(child, () => undefined);
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', resolve);
    });
    if (code !== 0) {
      throw new DbError('EMBEDDED_START_FAILED', `initdb could not create the cluster in ${dir} (exit ${code}):\n${tail.join('\n')}`);
    }
  } finally {
    rmSync(pwfile, { force: true });
  }
}

async function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return Promise.race([new Promise<boolean>((resolve) => child.once('exit', () => resolve(true))), sleep(ms, false, { ref: false })]);
}

/**
 * Starts the postmaster on 127.0.0.1:`port` (no Unix socket) and resolves once it accepts
 * connections; rejects with its own words when it exits first (port taken, bad cluster, ...).
 */
export async function startPostgres(dir: string, port: number, context: ClusterContext, options: { readyTimeoutMs?: number } = {}): Promise<RunningPostgres> {
  const child = spawn(
    context.binaries.postgres,
    ['-D', dir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'lc_messages=C'],
    { env: ENV, stdio: ['ignore', 'pipe', 'pipe'], ...(context.runAs ?? {}) },
  );
  let ready = false;
  const tail = keepOutput(child, (line) => {
    if (line.includes('database system is ready to accept connections')) ready = true;
    context.log(line);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  while (!ready) {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
      const said = tail.join('\n');
      if (/could not bind|Address already in use/.test(said)) {
        throw new DbError('EMBEDDED_PORT_IN_USE', `port ${port} on 127.0.0.1 is taken by another program. Stop it, or choose another port with EMBEDDED_DB_PORT.\n${said}`);
      }
      throw new DbError('EMBEDDED_START_FAILED', `PostgreSQL stopped while starting on ${dir}:\n${said}`);
    }
    if (Date.now() > deadline) {
      child.kill('SIGQUIT');
      throw new DbError('EMBEDDED_START_FAILED', `PostgreSQL did not accept connections within ${options.readyTimeoutMs ?? 60_000} ms:\n${tail.join('\n')}`);
    }
    await sleep(25);
  }
  const pid = child.pid as number;
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      // SIGINT: fast shutdown (clients disconnected, open transactions rolled back, checkpoint).
      for (const [signal, waitMs] of [['SIGINT', 30_000], ['SIGQUIT', 5_000], ['SIGKILL', 5_000]] as const) {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill(signal);
        if (await waitForExit(child, waitMs)) return;
      }
    })());
  return { pid, exited, stop };
}
