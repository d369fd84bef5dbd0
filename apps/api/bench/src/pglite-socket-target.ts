// The previous embedded default as a target: @caravan/db's test fixture script that serves one
// in-memory PGlite session over the wire protocol (optionally with transaction pooling), in a
// child process of its own. For the bench's comparison and the embedded default's negative control.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { BenchError } from './bench-error.js';

export interface PgliteSocketTarget {
  url: string;
  stop(): Promise<void>;
}

export const PGLITE_SOCKET_SERVER = resolve(__dirname, '..', '..', '..', '..', 'packages', 'db', 'src', 'testing', 'pglite-socket-server.mjs');

export function startPgliteSocket(options: { transactionPooling?: boolean; dataDir?: string } = {}): Promise<PgliteSocketTarget> {
  const args = [...(options.transactionPooling ? ['--transaction-pooling'] : []), ...(options.dataDir ? ['--data-dir', options.dataDir] : [])];
  const child = spawn(process.execPath, [PGLITE_SOCKET_SERVER, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let output = '';
  return new Promise((resolveTarget, reject) => {
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = /^\{"url":.*\}$/m.exec(output)?.[0];
      if (!line) return;
      const { url } = JSON.parse(line) as { url: string };
      resolveTarget({
        url,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
    void exited.then(() => reject(new BenchError('SERVER_EXITED', `the PGlite socket server exited before listening:\n${output}`)));
  });
}
