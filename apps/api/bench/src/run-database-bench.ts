// `pnpm bench`, second part: the built api on each database target (by default the machine's
// PostgreSQL and the embedded default), each freshly migrated and seeded with the demo data and
// the bench's programme. Measures programme reads (autocannon, one api process) and concurrent
// organizer writes (two api processes), then checks the written rows. A target that fails
// requests is reported with its failures rather than stopping the run.
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDatabase } from '@caravan/db';
import { seedDemo } from '@caravan/db/seed';
import { z } from 'zod';
import { API_MAIN, benchApiEnv, loadBenchConfig, type BenchConfig } from './bench-config.js';
import { createBenchDatabase, TARGET_LABELS, type BenchDatabase, type DatabaseTarget } from './bench-databases.js';
import { BenchError } from './bench-error.js';
import { Cleanups, runBench } from './bench-run.js';
import { startChildServer, type ChildServer } from './child-server.js';
import { buildDatabaseReport, readResult, renderDatabaseMarkdown, writeDatabaseReport, type TargetResult } from './database-report.js';
import { runLoad } from './load.js';
import { percentile, runOrganizerWrites, signInOrganizer, UNLIMITED_MUTATIONS } from './organizer-writes.js';
import { PROGRAMME_REQUEST_BODY } from './programme-query.js';
import { round2 } from './report.js';
import { seedProgramme } from './seed-programme.js';
import { readWrittenRows } from './written-rows.js';

const log = (message: string): void => void process.stdout.write(`[bench:databases] ${message}\n`);

const cleanups = new Cleanups('bench:databases');

async function seed(database: BenchDatabase): Promise<void> {
  const db = await createDatabase({ databaseUrl: database.url, poolMax: 2 });
  try {
    await seedDemo(db.prisma);
    await seedProgramme(db.prisma);
  } finally {
    await db.close();
  }
}

async function startApis(database: BenchDatabase, config: BenchConfig): Promise<ChildServer[]> {
  // The database is what is measured here: the public-answer cache stays off.
  const shared = { ...benchApiEnv(database.url, config.redisUrl), PUBLIC_CACHE_TTL_SECONDS: '0', ...UNLIMITED_MUTATIONS };
  const servers: ChildServer[] = [];
  for (const name of ['api-1', 'api-2']) {
    const server = await startChildServer({ name, script: API_MAIN, env: shared, readyTimeoutMs: 60_000 });
    servers.push(server);
    cleanups.push(() => server.stop());
  }
  return servers;
}

async function measure(target: DatabaseTarget, config: BenchConfig): Promise<TargetResult> {
  log(`${target}: creating, migrating and seeding the database`);
  const database = await createBenchDatabase(target, config.adminUrl);
  cleanups.push(() => database.drop());
  await seed(database);
  const [api, second] = await startApis(database, config);
  if (!api || !second) throw new BenchError('SERVER_NOT_READY', 'the api processes did not start');

  const reads = { name: 'api', url: `${api.baseUrl}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body: PROGRAMME_REQUEST_BODY } as const;
  if (config.warmupSeconds > 0) {
    const warm = await runLoad(reads, config.connections, config.warmupSeconds, 0, { tolerateFailures: true });
    // Requests the warm-up abandoned are still being served: let them finish first.
    await sleep(Math.max(warm.latencyP99Ms, 2000) + 500);
  }
  const measured = await runLoad(reads, config.connections, config.durationSeconds, 1, { tolerateFailures: true });
  log(`${target}: reads ${measured.requestsPerSecond.toFixed(1)} req/s, p99 ${measured.latencyP99Ms} ms, ${measured.failed} failed`);
  await sleep(Math.ceil(measured.latencyP99Ms) + 500);

  const graphqlUrls = [`${api.baseUrl}/graphql`, `${second.baseUrl}/graphql`];
  const token = await signInOrganizer(graphqlUrls[0] as string, 'cca-organizer@caravan.local', 'caravan-cca');
  const result = await runOrganizerWrites({ graphqlUrls, token, writers: config.writers, mutations: config.writes, slugPrefix: 'bench' });
  const rows = await readWrittenRows(database.url, 'bench', result);
  const failed = result.sent - result.created.length;
  const perSecond = round2(result.created.length / (result.durationMs / 1000));
  log(`${target}: writes ${perSecond}/s, p99 ${round2(percentile(result.latenciesMs, 99))} ms, ${failed} of ${result.sent} failed, rows exact: ${rows.exact}`);

  await cleanups.run();
  return {
    target,
    label: TARGET_LABELS[target],
    version: database.version,
    reads: readResult(measured),
    writes: {
      sent: result.sent,
      succeeded: result.created.length,
      failed,
      errors: Object.fromEntries(Object.entries(result.errors).sort((a, b) => b[1] - a[1]).slice(0, 5)),
      perSecond,
      latencyP50Ms: round2(percentile(result.latenciesMs, 50)),
      latencyP99Ms: round2(percentile(result.latenciesMs, 99)),
      rows,
    },
  };
}

async function main(): Promise<void> {
  const config = loadBenchConfig();
  const manifest: unknown = JSON.parse(await readFile(require.resolve('autocannon/package.json'), 'utf8'));
  const autocannon = `autocannon ${z.object({ version: z.string() }).parse(manifest).version}`;
  const results: TargetResult[] = [];
  for (const target of config.databases) results.push(await measure(target, config));
  const report = buildDatabaseReport(config, autocannon, results);
  const files = await writeDatabaseReport(config.resultsDir, report);
  process.stdout.write(`\n${renderDatabaseMarkdown(report)}\n`);
  log(`wrote ${files.json} and ${files.markdown}`);
}

runBench('bench:databases', main, cleanups);
