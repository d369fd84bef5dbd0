#!/usr/bin/env node
// Runs the embedded PostgreSQL until SIGINT/SIGTERM, or until the process that started it with
// an IPC channel (the launcher, launchEmbeddedServer) goes away: `pnpm --filter @caravan/db db:embedded`.
// EMBEDDED_DB_PORT (default 54329), DATA_DIR (default <repo>/.data); `--no-migrate` leaves the
// migrations to the caller. Prints DATABASE_URL=... and, over IPC, sends the same as `ready`.
import { z } from 'zod';
import { DEFAULT_EMBEDDED_PORT, startEmbeddedServer, type EmbeddedServer } from '../embedded-server.js';
import { readCliEnv, reportCliFailure } from './cli-env.js';
import type { EmbeddedServerMessage } from '../embedded/embedded-server-process.js';

const say = (line: string): void => void process.stdout.write(`${line}\n`);

function send(message: EmbeddedServerMessage): void {
  process.send?.(message);
}

async function main(args: string[]): Promise<void> {
  const port = z.coerce.number().int().min(0).max(65535).default(DEFAULT_EMBEDDED_PORT).parse(process.env['EMBEDDED_DB_PORT'] || undefined);
  const { dataDir } = readCliEnv();
  // Set once started; a signal may arrive before that, while PostgreSQL is still starting.
  const running: { server?: EmbeddedServer } = {};
  let stopping = false;
  const shutdown = (why: string): void => {
    if (stopping) return;
    stopping = true;
    say(`stopping the embedded PostgreSQL (${why})`);
    // Still starting: main stops it as soon as the start returns.
    if (!running.server) return;
    running.server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        reportCliFailure(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  // The launcher holds an IPC channel: when it dies, even by SIGKILL, the channel closes.
  process.once('disconnect', () => shutdown('its launcher went away'));

  const server = await startEmbeddedServer({ dataDir, port, migrate: !args.includes('--no-migrate'), log: say });
  running.server = server;
  if (stopping) {
    await server.stop();
    process.exit(0);
  }
  for (const name of server.applied) say(`applied ${name}`);
  say(`embedded PostgreSQL (cluster in ${server.dataDir}) listening on 127.0.0.1:${server.port}`);
  say(`DATABASE_URL=${server.url}`);
  send({ type: 'ready', url: server.url, port: server.port, postmasterPid: server.pid, postmaster: server.postmaster, imported: server.imported?.rows ?? null });
  void server.exited.then(() => {
    if (stopping) return;
    process.stderr.write('EMBEDDED_START_FAILED: PostgreSQL exited on its own; see its log above\n');
    process.exit(1);
  });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  reportCliFailure(error);
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
