// Runs the embedded server in a child process of its own (dist/cli/embedded.js), as the
// launcher does: in its own process group, so a Ctrl-C meant for the api and the portal does
// not stop the database under them, and with an IPC channel, so that it stops by itself when
// its parent dies. Resolves with the server's URL once PostgreSQL accepts connections.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { DbError, type DbErrorCode } from '../errors.js';
import { DATA_DIR_VARIABLE, dbCliPath } from '../paths.js';
import type { PostmasterState } from './postmaster-pid.js';

export type EmbeddedServerMessage =
  | { type: 'ready'; url: string; port: number; postmasterPid: number; postmaster: PostmasterState; imported: Record<string, number> | null }
  | { type: 'failed'; message: string };

export interface EmbeddedServerProcess {
  url: string;
  port: number;
  /** The server process (leader of its process group). */
  pid: number;
  postmasterPid: number;
  /** What this start found of an earlier run's postmaster (crashed, orphaned, ...). */
  postmaster: PostmasterState;
  /** Rows carried over from the previous default's PGlite folder by this start. */
  imported: Record<string, number> | null;
  /** Resolves with the exit code (null after a signal) when the server process has ended. */
  exited: Promise<number | null>;
  /** SIGTERM, then waits until PostgreSQL has shut down and the process has exited. */
  stop(): Promise<void>;
}

export interface LaunchEmbeddedServerOptions {
  dataDir?: string;
  /** Default 54329; 0 picks a free port. */
  port?: number;
  /** Apply migrations before `ready` (default true). */
  migrate?: boolean;
  /** Environment of the server process (default: this process's). */
  env?: NodeJS.ProcessEnv;
  /** Every line the server prints. */
  onOutput?: (line: string) => void;
}

function asDbError(message: string): DbError {
  const match = /^([A-Z_]+): ([\s\S]*)$/.exec(message);
  return match ? new DbError(match[1] as DbErrorCode, match[2] ?? '') : new DbError('EMBEDDED_START_FAILED', message);
}

export function launchEmbeddedServer(options: LaunchEmbeddedServerOptions = {}): Promise<EmbeddedServerProcess> {
  const env: NodeJS.ProcessEnv = { ...(options.env ?? process.env) };
  if (options.dataDir !== undefined) env[DATA_DIR_VARIABLE] = options.dataDir;
  if (options.port !== undefined) env['EMBEDDED_DB_PORT'] = String(options.port);
  const child = spawn(process.execPath, [dbCliPath('embedded'), ...(options.migrate === false ? ['--no-migrate'] : [])], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const output: string[] = [];
  const take = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line) continue;
      output.push(line);
      if (output.length > 40) output.shift();
      options.onOutput?.(line);
    }
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  return new Promise<EmbeddedServerProcess>((resolve, reject) => {
    let failure: string | undefined;
    child.on('message', (message: EmbeddedServerMessage) => {
      if (message.type === 'failed') {
        failure = message.message;
        return;
      }
      const pid = child.pid as number;
      const stop = async (): Promise<void> => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        const done = await Promise.race([exited.then(() => true), sleep(45_000, false, { ref: false })]);
        if (!done) {
          process.kill(-pid, 'SIGKILL');
          await exited;
        }
      };
      resolve({ url: message.url, port: message.port, pid, postmasterPid: message.postmasterPid, postmaster: message.postmaster, imported: message.imported, exited, stop });
    });
    child.once('error', reject);
    void exited.then((code) => reject(failure !== undefined ? asDbError(failure) : new DbError('EMBEDDED_START_FAILED', `the embedded server exited (${code}) before it was ready:\n${output.join('\n')}`)));
  });
}
