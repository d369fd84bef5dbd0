// Runs one server of the comparison in a child process of its own: picks a free port, starts
// it, waits until it answers HTTP, forwards its warnings, and stops it (SIGTERM, then SIGKILL).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { BenchError } from './bench-error.js';
import { PROFILE_WRITTEN } from './cpu-profile.js';

export interface ChildServer {
  name: string;
  baseUrl: string;
  stop(): Promise<void>;
  /** Sends a signal without waiting (a crash test's SIGKILL); `stop` still waits for the exit. */
  kill(signal: NodeJS.Signals): void;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new BenchError('PORT_UNAVAILABLE', 'no free TCP port on 127.0.0.1'))));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startChildServer(options: {
  name: string;
  script: string;
  env: Record<string, string>;
  readyTimeoutMs: number;
  /** Directory for a CPU profile of the child, written when it is stopped. */
  cpuProfileDir?: string | undefined;
}): Promise<ChildServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const profiling = options.cpuProfileDir === undefined ? {} : { BENCH_CPU_PROFILE_DIR: options.cpuProfileDir, BENCH_CPU_PROFILE_NAME: options.name };
  const nodeArgs = options.cpuProfileDir === undefined ? [] : ['--require', require.resolve('./cpu-profile.js')];
  const child = spawn(process.execPath, [...nodeArgs, options.script], {
    env: { PATH: process.env['PATH'] ?? '', ...options.env, ...profiling, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer, echo: boolean): void => {
    const text = chunk.toString();
    output.push(text);
    if (output.length > 40) output.shift();
    if (echo) process.stderr.write(text.replace(/^(?=.)/gm, `[${options.name}] `));
  };
  // Both servers log at warn and above only, so whatever they print deserves to be seen.
  child.stdout?.on('data', (chunk: Buffer) => keep(chunk, true));
  child.stderr?.on('data', (chunk: Buffer) => keep(chunk, true));

  const writeProfile = async (): Promise<void> => {
    child.kill('SIGUSR2');
    const deadline = Date.now() + 30_000;
    while (!output.some((text) => text.includes(PROFILE_WRITTEN)) && Date.now() < deadline) await sleep(100);
  };

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (options.cpuProfileDir !== undefined) await writeProfile();
    child.kill('SIGTERM');
    const done = await Promise.race([exited(child).then(() => true), sleep(10_000, false, { ref: false })]);
    if (!done) {
      child.kill('SIGKILL');
      await exited(child);
    }
  };

  const deadline = Date.now() + options.readyTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new BenchError('SERVER_EXITED', `${options.name} server exited (${child.exitCode ?? child.signalCode}) before it answered:\n${output.join('')}`);
    }
    try {
      // Any HTTP answer, even a 404, means the server is listening.
      await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(1_000) });
      return { name: options.name, baseUrl, stop, kill: (signal) => void child.kill(signal) };
    } catch {
      await sleep(100);
    }
  }
  await stop();
  throw new BenchError('SERVER_NOT_READY', `${options.name} server did not answer within ${options.readyTimeoutMs} ms:\n${output.join('')}`);
}
