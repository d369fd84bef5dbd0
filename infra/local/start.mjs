#!/usr/bin/env node
// Starts the whole platform on one machine for development and demos: the embedded database
// (PostgreSQL's own server, cluster under .data/postgres) unless DATABASE_URL is set, the
// migrations and the demo seed, a development mail catcher unless SMTP_HOST is set, then the
// api, the worker, the portal and the console, each supervised: a process that crashes is
// restarted with backoff (logged), and one that keeps crashing stops the launcher with its name
// and last error. Ctrl-C or SIGTERM stops everything in order (the portal and the console, then
// the api and the worker, which drain their requests and jobs and close their pools, then the
// mail catcher and the database) and exits 0. Everything listens on 127.0.0.1 unless HOST says
// otherwise. Run through `pnpm start` (which builds first), or `node infra/local/start.mjs` after
// a build.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchEmbeddedServer } from '../../packages/db/dist/embedded/embedded-server-process.js';
import { resolveDataDir } from '../../packages/db/dist/paths.js';
import { MAIL_CATCHER_DEFAULT_PORTS, startMailCatcher } from '../../packages/mail/dist/catcher/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' };
const API_PORT = Number(env.API_PORT ?? 4000);
const PORTAL_PORT = Number(env.PORTAL_PORT ?? 3000);
const CONSOLE_PORT = Number(env.CONSOLE_PORT ?? 3001);
const EMBEDDED_DB_PORT = Number(env.EMBEDDED_DB_PORT ?? 54329);
const REDIS_URL = env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// Local by default: the demo accounts must not be reachable from the network by accident.
const HOST = env.HOST ?? '127.0.0.1';
/** First restart delay of a crashed process; doubles per crash within CRASH_WINDOW_MS. */
const RESTART_BACKOFF_MS = Number(env.LAUNCHER_RESTART_BACKOFF_MS ?? 1000);
const CRASH_WINDOW_MS = 60_000;
const MAX_CRASHES = 5;
/** How long a stopping process may take to drain before it is killed. */
const STOP_DEADLINE_MS = 15_000;
const children = [];
/** Supervised processes by name: how to start them, their crashes, their last output lines. */
const services = new Map();
/** The embedded database's server process, when this launcher started one. */
let database;
/** The development mail catcher, when this launcher started one. */
let mailCatcher;
let stopping = false;

function log(message) {
  process.stdout.write(`[caravan] ${message}\n`);
}

function start(name, args, extraEnv = {}, cwd = root) {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (chunk) =>
    chunk
      .toString()
      .split('\n')
      .filter((line) => line.length > 0)
      .map((line) => `[${name}] ${line}\n`)
      .join('');
  const service = services.get(name);
  const remember = (chunk) => {
    if (!service) return;
    for (const line of chunk.toString().split('\n').filter((l) => l.trim().length > 0)) {
      service.lastLines.push(line);
      if (service.lastLines.length > 5) service.lastLines.shift();
    }
  };
  child.stdout.on('data', (c) => process.stdout.write(prefix(c)));
  child.stderr.on('data', (c) => {
    remember(c);
    process.stderr.write(prefix(c));
  });
  children.push({ name, child });
  return child;
}

/**
 * Starts `name` under supervision: when it exits while the platform is not stopping, it is
 * restarted after a backoff (1 s, 2 s, 4 s … while crashes come within a minute of each other);
 * the sixth crash in a minute stops the launcher, naming the process and its last error lines.
 */
function supervise(name, args, extraEnv = {}, cwd = root) {
  services.set(name, { args, extraEnv, cwd, crashes: [], lastLines: [] });
  launch(name);
}

function launch(name) {
  const service = services.get(name);
  const child = start(name, service.args, service.extraEnv, service.cwd);
  service.child = child;
  log(`${name} started (pid ${child.pid})`);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    const now = Date.now();
    service.crashes = [...service.crashes.filter((t) => now - t < CRASH_WINDOW_MS), now];
    const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
    const lastError = service.lastLines.join(' | ') || 'no error output';
    if (service.crashes.length > MAX_CRASHES) {
      log(`${name} ${how} and keeps crashing (${service.crashes.length} times within ${CRASH_WINDOW_MS / 1000} s); stopping the platform. Last error: ${lastError}`);
      void stopAll(1);
      return;
    }
    const delay = RESTART_BACKOFF_MS * 2 ** (service.crashes.length - 1);
    log(`${name} ${how}; restarting in ${(delay / 1000).toFixed(1)} s (crash ${service.crashes.length} within a minute). Last error: ${lastError}`);
    setTimeout(() => {
      if (!stopping) launch(name);
    }, delay);
  });
}

function run(name, args, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const child = start(name, args, extraEnv);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${name} exited with code ${code}`)),
    );
  });
}

function waitForPort(port, host = '127.0.0.1', timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, host);
      socket.once('connect', () => {
        socket.end();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nothing answered on ${host}:${port}`));
        else setTimeout(attempt, 250);
      });
    };
    attempt();
  });
}

async function waitForHttp(url, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

function redisAnswers(url) {
  const { hostname, port } = new URL(url);
  return waitForPort(Number(port || 6379), hostname, 1500).then(
    () => true,
    () => false,
  );
}

const running = (child) => child.exitCode === null && child.signalCode === null;

function exitedWithin(child, ms) {
  if (!running(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Sends SIGTERM to the running processes named, and waits for them (killing any past the deadline). */
async function stopProcesses(names) {
  const targets = children.filter(({ name, child }) => names.includes(name) && running(child)).map(({ child }) => child);
  for (const child of targets) child.kill('SIGTERM');
  await Promise.all(targets.map(async (child) => (await exitedWithin(child, STOP_DEADLINE_MS)) || child.kill('SIGKILL')));
}

// In order: the front ends stop accepting first; then the api (it finishes the requests under
// way and closes its pool) and the worker (it finishes its running jobs and closes its pool);
// the mail catcher and the database once nothing uses them. The database's server runs in a
// process group of its own, so the terminal's Ctrl-C reaches only the others.
async function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  log('stopping: portal and console, then api and worker, then the database');
  await stopProcesses(['portal', 'console']);
  await stopProcesses(['api', 'worker', 'migrate', 'seed']);
  if (mailCatcher) await mailCatcher.stop();
  if (database) {
    log('stopping the embedded PostgreSQL');
    await database.stop();
  }
  log(code === 0 ? 'stopped' : 'stopped after an error');
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

async function main() {
  if (!env.DATABASE_URL) {
    log(`no DATABASE_URL: starting the embedded PostgreSQL (data in ${resolveDataDir(env)}) on 127.0.0.1:${EMBEDDED_DB_PORT}`);
    database = await launchEmbeddedServer({
      port: EMBEDDED_DB_PORT,
      migrate: false,
      env,
      onOutput: (line) => process.stdout.write(`[db] ${line}\n`),
    });
    env.DATABASE_URL = database.url;
    void database.exited.then((code) => {
      if (stopping) return;
      log(`the embedded PostgreSQL stopped (code ${code}); stopping the platform`);
      void stopAll(1);
    });
  }
  log('applying migrations');
  await run('migrate', ['packages/db/dist/cli/migrate.js']);
  log('seeding the demo data (idempotent)');
  await run('seed', ['packages/db/dist/cli/seed.js']);

  if (!env.SMTP_HOST && env.NODE_ENV !== 'production') {
    // Mail the platform sends (registrations, magic links, invitations) lands in a local catcher
    // with a web page, never in a real inbox. Its usual ports, or free ones when those are taken.
    mailCatcher = await startMailCatcher({ smtpPort: MAIL_CATCHER_DEFAULT_PORTS.smtp, webPort: MAIL_CATCHER_DEFAULT_PORTS.web }).catch(() =>
      startMailCatcher(),
    );
    Object.assign(env, mailCatcher.env);
  }

  const haveRedis = await redisAnswers(REDIS_URL);
  supervise('api', ['apps/api/dist/main.js'], { PORT: String(API_PORT), HOST, REDIS_URL });
  if (haveRedis) {
    supervise('worker', ['apps/worker/dist/main.js'], { REDIS_URL });
  } else {
    log(`WARNING: Redis does not answer at ${REDIS_URL}: no worker started; the api runs jobs inline.`);
  }
  supervise(
    'portal',
    ['node_modules/@remix-run/serve/dist/cli.js', 'build/server/index.js'],
    // remix-serve runs the production build; in development mode it would wait for a dev server.
    { PORT: String(PORTAL_PORT), HOST, CARAVAN_API_URL: `http://127.0.0.1:${API_PORT}/graphql`, NODE_ENV: 'production' },
    path.join(root, 'apps', 'portal'),
  );
  supervise(
    'console',
    ['start.mjs'],
    // A session secret per run (sessions end with it); plain HTTP on localhost, so no Secure cookies.
    { PORT: String(CONSOLE_PORT), HOST, CARAVAN_API_URL: `http://127.0.0.1:${API_PORT}/graphql`, NODE_ENV: 'production', CONSOLE_SESSION_SECRET: env.CONSOLE_SESSION_SECRET ?? randomBytes(32).toString('base64url'), CONSOLE_SECURE_COOKIES: 'false' },
    path.join(root, 'apps', 'console'),
  );
  // 0.0.0.0 and :: include the loopback address; a specific HOST is asked directly.
  const reach = HOST === '0.0.0.0' || HOST === '::' ? '127.0.0.1' : HOST.includes(':') ? `[${HOST}]` : HOST;
  await waitForHttp(`http://${reach}:${API_PORT}/health/ready`);
  await waitForHttp(`http://${reach}:${PORTAL_PORT}/`);
  await waitForHttp(`http://${reach}:${CONSOLE_PORT}/sign-in`);
  log('Caravan is running:');
  log(`  portal   http://localhost:${PORTAL_PORT}/  (e.g. /china-central-asia/11)`);
  log(`  console  http://localhost:${CONSOLE_PORT}/  (organizers: cca-organizer@caravan.local / caravan-cca)`);
  log(`  api      http://localhost:${API_PORT}/graphql  (health: http://localhost:${API_PORT}/health, metrics: /metrics)`);
  if (HOST !== '127.0.0.1') log(`  listening on ${HOST} (HOST), not only on this machine`);
  log(`  worker   ${haveRedis ? `consuming jobs from ${REDIS_URL}` : 'not started (no Redis): jobs run inline in the api'}`);
  log(`  mail     ${mailCatcher ? `${mailCatcher.webUrl}  (every mail sent, caught; SMTP 127.0.0.1:${mailCatcher.smtpPort})` : `sent through ${env.SMTP_HOST}`}`);
  log('Press Ctrl-C to stop.');
}

main().catch((error) => {
  log(`could not start: ${error.message}`);
  void stopAll(1);
});
