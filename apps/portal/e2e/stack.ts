// Starts and stops the processes the browser test needs (api, portal) on free ports, keeping their
// output so a failed start explains itself.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export interface RunningProcess {
  name: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('E2E_NO_PORT: could not obtain a free TCP port');
  return address.port;
}

export function startProcess(name: string, args: string[], env: Record<string, string>, cwd: string): RunningProcess {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk: Buffer) => {
    // Only the tail matters for a diagnosis; keep memory bounded.
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name,
    child,
    output: () => log,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const forced = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(forced);
    },
  };
}

/** Polls `url` until it answers with `expectedStatus`, failing early (with logs) if the process dies. */
export async function waitForHttp(url: string, proc: RunningProcess, expectedStatus = 200, deadlineMs = 60_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null) {
      throw new Error(`E2E_START_FAILED: ${proc.name} exited with code ${proc.child.exitCode} before ${url} answered.\n${proc.output()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status === expectedStatus) return;
      lastProblem = `HTTP ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`E2E_START_TIMEOUT: ${proc.name} did not answer ${url} with ${expectedStatus} (${lastProblem}).\n${proc.output()}`);
}

const portalDir = resolve(__dirname, '..');
const repoRoot = resolve(portalDir, '../..');
const apiMain = join(repoRoot, 'apps/api/dist/main.js');
const portalServer = join(portalDir, 'build/server/index.js');
const remixServeCli = join(portalDir, 'node_modules/@remix-run/serve/dist/cli.js');

/** Fails early, saying what to build, when the api or the portal has not been built. */
export function assertBuilt(): void {
  for (const file of [apiMain, portalServer]) {
    if (!existsSync(file)) throw new Error(`E2E_NOT_BUILT: ${file} is missing; run \`pnpm --filter @caravan/api build\` and \`pnpm --filter @caravan/portal build\` first.`);
  }
}

/** The built api on a free port, on the given database; resolves once /health answers. */
export async function startApi(databaseUrl: string, processes: RunningProcess[], env: Record<string, string> = {}): Promise<string> {
  const port = await freePort();
  const api = startProcess(
    'api',
    [apiMain],
    { DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'test', LOG_LEVEL: 'warn', BULL_PREFIX: `e2e-${randomUUID().slice(0, 8)}`, ...env },
    repoRoot,
  );
  processes.push(api);
  await waitForHttp(`http://127.0.0.1:${port}/health`, api);
  return `http://127.0.0.1:${port}/graphql`;
}

/** The built portal, served as production serves it, on a free port; resolves with its base URL. */
export async function startPortal(apiUrl: string, processes: RunningProcess[], port?: number): Promise<string> {
  port ??= await freePort();
  const portal = startProcess('portal', [remixServeCli, portalServer], { PORT: String(port), HOST: '127.0.0.1', CARAVAN_API_URL: apiUrl, NODE_ENV: 'production' }, portalDir);
  processes.push(portal);
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/favicon.svg`, portal);
  return url;
}
