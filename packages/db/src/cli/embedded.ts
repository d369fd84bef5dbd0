#!/usr/bin/env node
// Runs the embedded database server until SIGINT/SIGTERM: `pnpm --filter @caravan/db db:embedded`.
// EMBEDDED_DB_PORT (default 54329) and PGLITE_DATA_DIR (default <repo>/.data/pglite).
import { z } from 'zod';
import { DEFAULT_EMBEDDED_PORT, startEmbeddedServer } from '../embedded-server.js';
import { readCliEnv, reportCliFailure } from './cli-env.js';

async function main(): Promise<void> {
  const port = z.coerce.number().int().min(1).max(65535).default(DEFAULT_EMBEDDED_PORT).parse(
    process.env['EMBEDDED_DB_PORT'] || undefined,
  );
  const { pgliteDir } = readCliEnv();
  const server = await startEmbeddedServer({ dataDir: pgliteDir, port });
  for (const name of server.applied) process.stdout.write(`applied ${name}\n`);
  process.stdout.write(`embedded PostgreSQL (PGlite ${server.dataDir}) listening\nDATABASE_URL=${server.url}\n`);
  const shutdown = (): void => {
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        reportCliFailure(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch(reportCliFailure);
