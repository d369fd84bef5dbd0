// The local launcher, started the way the README says (`node infra/local/start.mjs` after a
// build) on a fresh data folder: it becomes ready; a worker killed with SIGKILL comes back by
// itself while /health says degraded; SIGTERM stops everything in order and exits 0 without
// error noise; it binds 127.0.0.1; and a process that keeps crashing stops it, named with its
// last error.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { createTempDataDir, type TempDataDir } from '@caravan/db/testing';
import { TEST_REDIS_URL } from '../testing/test-api.js';
import { until } from '../testing/worker-process.js';

const ROOT = path.resolve(__dirname, '../../../..');
const LAUNCHER = path.join(ROOT, 'infra/local/start.mjs');

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Launch {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function launch(env: Record<string, string>): Launch {
  const child = spawn(process.execPath, [LAUNCHER], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/root', NODE_ENV: 'development', LOG_LEVEL: 'warn', REDIS_URL: TEST_REDIS_URL, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, stdout: () => out, stderr: () => err, exited };
}

const workerPids = (out: string) => [...out.matchAll(/\[caravan\] worker started \(pid (\d+)\)/g)].map((m) => Number(m[1]));

describe('the local launcher (infra/local/start.mjs)', () => {
  let dataDir: TempDataDir;
  let ports: { api: number; portal: number; console: number; db: number };
  let env: Record<string, string>;

  beforeAll(async () => {
    for (const built of ['apps/api/dist/main.js', 'apps/worker/dist/main.js', 'apps/portal/build/server/index.js', 'apps/console/build/server/index.js']) {
      if (!existsSync(path.join(ROOT, built))) throw new Error(`${built} is missing: run pnpm build first, as the README says`);
    }
    dataDir = createTempDataDir('caravan-launcher-');
    ports = { api: await freePort(), portal: await freePort(), console: await freePort(), db: await freePort() };
    env = {
      DATA_DIR: dataDir.path,
      API_PORT: String(ports.api),
      PORTAL_PORT: String(ports.portal),
      CONSOLE_PORT: String(ports.console),
      EMBEDDED_DB_PORT: String(ports.db),
      BULL_PREFIX: `caravan-launcher-${randomUUID()}`,
      // A killed worker drops out of /health within 0.9 s, and comes back after 3 s at the earliest.
      WORKER_HEARTBEAT_MS: '300',
      LAUNCHER_RESTART_BACKOFF_MS: '3000',
    };
  });

  afterAll(async () => {
    dataDir?.remove();
  });

  const health = async () => {
    const res = await fetch(`http://127.0.0.1:${ports.api}/health`);
    const body = (await res.json()) as { status?: string; reasons?: string[] };
    if (!Array.isArray(body.reasons)) throw new Error(`/health answered ${res.status}: ${JSON.stringify(body)}`);
    return { status: body.status, reasons: body.reasons };
  };

  it('starts, brings a killed worker back while health says degraded, and stops cleanly on SIGTERM', async () => {
    const platform = launch(env);
    try {
      await until('the launcher to say it runs', async () => platform.stdout().includes('Press Ctrl-C to stop.') || platform.child.exitCode !== null, 240_000);
      expect(platform.stdout()).toContain('Caravan is running:');
      await until('a healthy platform', async () => (await health()).status === 'ok');

      // Bound to 127.0.0.1 only: another address of this machine does not answer.
      const other = Object.values(networkInterfaces()).flat().find((ip) => ip?.family === 'IPv4' && !ip.internal)?.address;
      if (other) {
        const reached = await new Promise<boolean>((resolve) => {
          const socket = net.connect(ports.api, other);
          socket.once('connect', () => (socket.destroy(), resolve(true)));
          socket.once('error', () => resolve(false));
        });
        expect(reached).toBe(false);
      }

      const [first] = workerPids(platform.stdout());
      expect(first).toBeGreaterThan(0);
      process.kill(first ?? 0, 'SIGKILL');
      await until('health to miss the worker', async () => (await health()).reasons.includes('queue documents: no worker consumes it'));
      await until('a new worker', async () => workerPids(platform.stdout()).length === 2);
      expect(platform.stdout()).toMatch(/\[caravan\] worker was killed by SIGKILL; restarting in 3\.0 s/);
      await until('health to hear the new worker', async () => (await health()).status === 'ok');

      platform.child.kill('SIGTERM');
      expect(await platform.exited).toEqual({ code: 0, signal: null });
      expect(platform.stdout()).toContain('[caravan] stopped');
      // The database stopped last: no pool saw its connections cut.
      expect(platform.stdout() + platform.stderr()).not.toContain('idle PostgreSQL connection closed');
    } finally {
      if (platform.child.exitCode === null) platform.child.kill('SIGKILL');
    }
  }, 420_000);

  it('stops, naming the process and its last error, when one keeps crashing', async () => {
    // The worker refuses this configuration at boot, every time.
    const platform = launch({ ...env, WORKER_CONCURRENCY: 'many', LAUNCHER_RESTART_BACKOFF_MS: '100' });
    try {
      expect(await platform.exited).toEqual({ code: 1, signal: null });
      expect(platform.stdout()).toMatch(/\[caravan\] worker exited with code 1 and keeps crashing \(6 times within 60 s\); stopping the platform\. Last error: .*WORKER_CONCURRENCY must be a number/);
    } finally {
      if (platform.child.exitCode === null) platform.child.kill('SIGKILL');
    }
  }, 420_000);
});
