#!/usr/bin/env node
// Starts the whole platform on one machine for development and demos: the embedded database
// (PostgreSQL's own server, cluster under .data/postgres) unless DATABASE_URL is set, the
// migrations and the demo seed, a development mail catcher unless SMTP_HOST is set, then the
// api, the worker, the portal and the console. Ctrl-C stops them all, the database last, once
// the others have exited. Run through `pnpm start` (which builds first).
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
const children = [];
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
  child.stdout.on('data', (c) => process.stdout.write(prefix(c)));
  child.stderr.on('data', (c) => process.stderr.write(prefix(c)));
  children.push({ name, child });
  return child;
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

// The api, the worker and the portal first (they may still be writing); the database once they
// have exited. The database's server runs in a process group of its own, so the terminal's
// Ctrl-C reaches only the others.
async function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  const others = children.map(({ child }) => child).filter(running);
  for (const child of others) child.kill('SIGTERM');
  await Promise.all(others.map(async (child) => (await exitedWithin(child, 10_000)) || child.kill('SIGKILL')));
  if (mailCatcher) await mailCatcher.stop();
  if (database) {
    log('stopping the embedded PostgreSQL');
    await database.stop();
  }
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
  start('api', ['apps/api/dist/main.js'], { PORT: String(API_PORT), REDIS_URL });
  if (haveRedis) {
    start('worker', ['apps/worker/dist/main.js'], { REDIS_URL });
  } else {
    log(`WARNING: Redis does not answer at ${REDIS_URL}: no worker started; the api runs jobs inline.`);
  }
  start(
    'portal',
    ['node_modules/@remix-run/serve/dist/cli.js', 'build/server/index.js'],
    // remix-serve runs the production build; in development mode it would wait for a dev server.
    { PORT: String(PORTAL_PORT), CARAVAN_API_URL: `http://127.0.0.1:${API_PORT}/graphql`, NODE_ENV: 'production' },
    path.join(root, 'apps', 'portal'),
  );
  start(
    'console',
    ['start.mjs'],
    // A session secret per run (sessions end with it); plain HTTP on localhost, so no Secure cookies.
    { PORT: String(CONSOLE_PORT), CARAVAN_API_URL: `http://127.0.0.1:${API_PORT}/graphql`, NODE_ENV: 'production', CONSOLE_SESSION_SECRET: env.CONSOLE_SESSION_SECRET ?? randomBytes(32).toString('base64url'), CONSOLE_SECURE_COOKIES: 'false' },
    path.join(root, 'apps', 'console'),
  );
  await waitForHttp(`http://127.0.0.1:${API_PORT}/health`);
  await waitForHttp(`http://127.0.0.1:${PORTAL_PORT}/`);
  await waitForHttp(`http://127.0.0.1:${CONSOLE_PORT}/sign-in`);
  log('Caravan is running:');
  log(`  portal   http://localhost:${PORTAL_PORT}/  (e.g. /china-central-asia/11)`);
  log(`  console  http://localhost:${CONSOLE_PORT}/  (organizers: cca-organizer@caravan.local / caravan-cca)`);
  log(`  api      http://localhost:${API_PORT}/graphql  (health: http://localhost:${API_PORT}/health)`);
  log(`  worker   ${haveRedis ? `consuming jobs from ${REDIS_URL}` : 'not started (no Redis): jobs run inline in the api'}`);
  log(`  mail     ${mailCatcher ? `${mailCatcher.webUrl}  (every mail sent, caught; SMTP 127.0.0.1:${mailCatcher.smtpPort})` : `sent through ${env.SMTP_HOST}`}`);
  log('Press Ctrl-C to stop.');

  for (const { name, child } of children) {
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) {
        log(`${name} stopped with code ${code}; stopping the platform`);
        void stopAll(1);
      }
    });
  }
}

main().catch((error) => {
  log(`could not start: ${error.message}`);
  void stopAll(1);
});
