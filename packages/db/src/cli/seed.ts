#!/usr/bin/env node
// `pnpm db:seed`: applies the migrations, then the demo data, against DATABASE_URL or the
// embedded default, and prints the row counts. Safe to run again: it only creates what is
// missing. Refused under NODE_ENV=production, before anything is opened or written.
import { createDatabase } from '../client.js';
import { assertSeedAllowed, seedCounts, seedDemo } from '../seed/seed-demo.js';
import { readCliEnv, reportCliFailure } from './cli-env.js';

async function main(): Promise<void> {
  const env = readCliEnv();
  assertSeedAllowed(env.nodeEnv);
  const db = await createDatabase({
    ...(env.databaseUrl ? { databaseUrl: env.databaseUrl } : { dataDir: env.dataDir }),
    migrate: true,
  });
  try {
    await seedDemo(db.prisma, { nodeEnv: env.nodeEnv });
    const counts = await seedCounts(db.prisma);
    process.stdout.write(`seeded (${db.kind}):\n`);
    for (const [table, count] of Object.entries(counts)) process.stdout.write(`  ${table.padEnd(18)} ${count}\n`);
  } finally {
    await db.close();
  }
}

main().catch(reportCliFailure);
