// A real worker process for api tests: the built worker (apps/worker/dist) started through its
// test entry (apps/worker/test-support/fault-worker.cjs, which adds a test-only job), with the
// configuration a test gives it. Killed with SIGKILL, as a crash would.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';

const WORKER_ENTRY = path.resolve(__dirname, '../../../worker/test-support/fault-worker.cjs');

export interface WorkerProcess {
  kill(): Promise<void>;
}

export async function startWorkerProcess(env: Record<string, string>): Promise<WorkerProcess> {
  const child: ChildProcess = spawn(process.execPath, [WORKER_ENTRY], {
    env: {
      PATH: process.env['PATH'],
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      // Mail is never sent by these tests; the worker only needs a relay configured.
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: '1',
      MAIL_FROM: 'Caravan tests <tests@example.org>',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('fault-worker ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the worker exited with ${code} before it was ready: ${out}`)));
  });
  return {
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await once(child, 'exit');
    },
  };
}

/** Polls until `condition` holds; fails naming what it waited for after `limitMs`. */
export async function until(what: string, condition: () => Promise<boolean>, limitMs = 90_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
