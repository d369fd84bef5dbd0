// `pnpm bench`: the edition programme query through the real api (Nest on Fastify, Mercurius,
// DataLoaders, Prisma) against a bare Fastify + node-postgres handler running the same SQL,
// on one fresh PostgreSQL database, each server in a child process of its own. Fails on any
// difference in SQL or response body, on any failed request, and always cleans up.
import { mkdir, readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDatabase } from '@caravan/db';
import { z } from 'zod';
import { captureApiStatements } from './api-statements.js';
import { BenchError } from './bench-error.js';
import { Cleanups, runBench } from './bench-run.js';
import { API_MAIN, BARE_SERVER, benchApiEnv, loadBenchConfig, type BenchConfig } from './bench-config.js';
import { createBenchDatabase, type BenchDatabase } from './bench-databases.js';
import { createBarePool, poolRunner } from './bare-database.js';
import { loadProgramme } from './bare-programme.js';
import { startChildServer, type ChildServer } from './child-server.js';
import { assertSameBodies, assertSameStatements } from './compare.js';
import { runLoad, type LoadTarget, type Measurement } from './load.js';
import { BARE_PROGRAMME_PATH, BENCH_EDITION, BENCH_LANG, BENCH_SERIES, PROGRAMME_REQUEST_BODY } from './programme-query.js';
import { buildReport, renderMarkdown, writeReport } from './report.js';
import { seedProgramme } from './seed-programme.js';
import type { Statement } from './statement.js';

/**
 * Requests the load tool abandons when its time is up are still being served; waiting out the
 * slowest latency seen lets them finish before the other server's run starts on the same CPUs.
 */
const settle = (measured: Measurement): Promise<void> => sleep(Math.ceil(measured.latencyP99Ms) + 500);

const log = (message: string): void => void process.stdout.write(`[bench] ${message}\n`);

const cleanups = new Cleanups('bench');

/**
 * The api's own bookkeeping runs beside requests (the outbox dispatcher's claim and its
 * transaction, the cache's generation); it is not part of the query.
 */
const isRequestStatement = (statement: Statement): boolean =>
  !statement.sql.includes('"OutboxJob"') && !statement.sql.includes('"PublicCacheGeneration"') && !/^\s*(?:BEGIN|COMMIT|ROLLBACK)\b/i.test(statement.sql);

async function fetchBody(target: LoadTarget): Promise<{ body: unknown; bytes: number; cache: string | null }> {
  const response = await fetch(target.url, { method: target.method, headers: target.headers, body: target.body });
  const text = await response.text();
  if (!response.ok) {
    throw new BenchError('RESPONSE_FAILED', `${target.name} answered ${response.status} to the programme request: ${text.slice(0, 500)}`);
  }
  return { body: JSON.parse(text) as unknown, bytes: Buffer.byteLength(text), cache: response.headers.get('x-public-cache') };
}

function sessionCount(body: unknown): number {
  const parsed = z.object({ data: z.object({ edition: z.object({ sessions: z.array(z.unknown()) }) }) }).safeParse(body);
  if (!parsed.success) throw new BenchError('RESPONSE_FAILED', `the api's answer has no edition sessions: ${JSON.stringify(body).slice(0, 500)}`);
  return parsed.data.data.edition.sessions.length;
}

async function autocannonVersion(): Promise<string> {
  const manifest: unknown = JSON.parse(await readFile(require.resolve('autocannon/package.json'), 'utf8'));
  return z.object({ version: z.string() }).parse(manifest).version;
}

async function startServers(database: BenchDatabase, config: BenchConfig): Promise<{ api: ChildServer; cached: ChildServer; bare: ChildServer }> {
  // The built api exactly as production starts it (dist/main.js), with production settings: once
  // with the public-answer cache off (every request runs the query), once with it on.
  const apiEnv = benchApiEnv(database.url, config.redisUrl);
  const api = await startChildServer({ name: 'api', script: API_MAIN, env: { ...apiEnv, PUBLIC_CACHE_TTL_SECONDS: '0' }, readyTimeoutMs: 60_000, cpuProfileDir: config.cpuProfileDir });
  cleanups.push(() => api.stop());
  const cached = await startChildServer({ name: 'api-cached', script: API_MAIN, env: apiEnv, readyTimeoutMs: 60_000, cpuProfileDir: config.cpuProfileDir });
  cleanups.push(() => cached.stop());
  const bare = await startChildServer({ name: 'bare', script: BARE_SERVER, env: { BENCH_DATABASE_URL: database.url }, readyTimeoutMs: 30_000, cpuProfileDir: config.cpuProfileDir });
  cleanups.push(() => bare.stop());
  return { api, cached, bare };
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadBenchConfig();
  if (config.cpuProfileDir !== undefined) await mkdir(config.cpuProfileDir, { recursive: true });

  log('creating and seeding a fresh database');
  const database = await createBenchDatabase('system', config.adminUrl);
  cleanups.push(() => database.drop());
  const db = await createDatabase({ databaseUrl: database.url, poolMax: 4 });
  const seeded = await seedProgramme(db.prisma).finally(() => db.close());
  const postgres = database.version;
  log(`seeded ${seeded.sessions} sessions, ${seeded.speakers} speaker appearances`);

  log("recording the api's SQL for one request");
  const capture = await captureApiStatements(database.url);
  const apiStatements = capture.statements.filter(isRequestStatement);
  if (config.printSql) for (const s of apiStatements) process.stdout.write(`${s.sql.trim()}\n  ${JSON.stringify(s.params)}\n`);
  const pool = createBarePool(database.url, 2);
  cleanups.push(() => pool.end());
  const bareStatements: Statement[] = [];
  const run = poolRunner(pool);
  await loadProgramme(
    async <R>(statement: Statement): Promise<R[]> => {
      bareStatements.push(statement);
      return run<R>(statement);
    },
    BENCH_SERIES,
    BENCH_EDITION,
    BENCH_LANG,
  );
  assertSameStatements(apiStatements, bareStatements);
  log(`both send the same ${apiStatements.length} statements`);

  log('starting the api (cache off and on) and the bare server');
  const { api, cached, bare } = await startServers(database, config);
  const apiTarget: LoadTarget = {
    name: 'api',
    url: `${api.baseUrl}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: PROGRAMME_REQUEST_BODY,
  };
  const cachedTarget: LoadTarget = { ...apiTarget, name: 'api-cached', url: `${cached.baseUrl}/graphql` };
  const bareTarget: LoadTarget = { name: 'bare', url: `${bare.baseUrl}${BARE_PROGRAMME_PATH}`, method: 'GET' };
  const targets = [apiTarget, cachedTarget, bareTarget];
  const apiAnswer = await fetchBody(apiTarget);
  const bareAnswer = await fetchBody(bareTarget);
  if (sessionCount(apiAnswer.body) !== seeded.sessions) {
    throw new BenchError('RESPONSE_FAILED', `the api lists ${sessionCount(apiAnswer.body)} sessions, the database holds ${seeded.sessions} published ones`);
  }
  assertSameBodies(apiAnswer.body, bareAnswer.body);
  assertSameBodies(capture.body, apiAnswer.body);
  // The cached api answers the same body, and from the cache once it has answered once.
  await fetchBody(cachedTarget);
  const cachedAnswer = await fetchBody(cachedTarget);
  assertSameBodies(apiAnswer.body, cachedAnswer.body);
  if (cachedAnswer.cache !== 'hit') throw new BenchError('RESPONSE_FAILED', `the cached api did not answer from its cache (x-public-cache: ${cachedAnswer.cache ?? 'absent'}); is Redis at ${config.redisUrl}?`);
  log(`both answer the same ${apiAnswer.bytes}-byte body`);

  if (config.warmupSeconds > 0) {
    log(`warming up ${config.warmupSeconds} s each`);
    for (const target of targets) await settle(await runLoad(target, config.connections, config.warmupSeconds, 0));
  }
  const measurements: Measurement[] = [];
  for (let round = 1; round <= config.rounds; round += 1) {
    for (const target of targets) {
      const measured = await runLoad(target, config.connections, config.durationSeconds, round);
      log(`round ${round} ${target.name}: ${measured.requestsPerSecond.toFixed(1)} req/s, p50 ${measured.latencyP50Ms} ms, p99 ${measured.latencyP99Ms} ms`);
      measurements.push(measured);
      await settle(measured);
    }
  }

  const report = buildReport({
    config,
    seeded,
    responseBytes: { api: apiAnswer.bytes, bare: bareAnswer.bytes },
    statementsPerRequest: apiStatements.length,
    postgres,
    autocannonVersion: await autocannonVersion(),
    measurements,
  });
  const files = await writeReport(config.resultsDir, report);
  process.stdout.write(`\n${renderMarkdown(report)}\n`);
  log(`wrote ${files.json} and ${files.markdown} in ${Math.round((Date.now() - started) / 1000)} s`);
  if (config.enforceTarget && !report.ratio.met) {
    throw new BenchError('LOAD_FAILED', `api/bare throughput ${report.ratio.apiOverBareThroughput} is below the target ${report.ratio.target}`);
  }
}

runBench('bench', main, cleanups);
