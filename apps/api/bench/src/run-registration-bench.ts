// The registration rush (`pnpm --filter @caravan/api bench:registration`, also the last part of
// `pnpm bench`): many concurrent clients submit valid applications for one edition through the
// real HTTP api (the built dist/main.js in production mode), each a different visitor (its own
// address through X-Forwarded-For, its own email), to an auto-approved category whose places run
// out during the run: every request takes the capacity check (the guarded update) and writes its
// mail to the outbox. The same requests go to the bare Fastify + pg baseline
// (bare-registration.ts) on a database of its own. Reported: accepted registrations per minute,
// p50 and p99 latency, api/bare. Every answer is checked: a GraphQL error counts as a failure,
// and the database must hold exactly the accepted applications, never more approved than places.
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { createDatabase } from '@caravan/db';
import { ensureEdition, ensureRegistration, seedDemo } from '@caravan/db/seed';
import Redis from 'ioredis';
import pg from 'pg';
import { BenchError } from './bench-error.js';
import { Cleanups, runBench } from './bench-run.js';
import { API_MAIN, BARE_SERVER, benchApiEnv, loadBenchConfig } from './bench-config.js';
import { createBenchDatabase, type BenchDatabase } from './bench-databases.js';
import { startChildServer } from './child-server.js';

const log = (message: string): void => void process.stdout.write(`[bench:registration] ${message}\n`);
const cleanups = new Cleanups('bench:registration');

/** Places in the rushed category: the run fills them and waitlists the rest. */
const CAPACITY = 1000;
const EDITION = 30;
const TARGET_PER_MINUTE = 3000;
const TARGET_P99_MS = 1000;

const SUBMIT = 'mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { reference status email } }';

/** api: this build; compared: the build named by BENCH_COMPARE_API_MAIN (same requests, its own database); bare: the baseline. */
type Target = 'api' | 'compared' | 'bare';

interface Measured {
  target: Target;
  round: number;
  acceptedPerMinute: number;
  accepted: number;
  failed: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  durationSeconds: number;
}

async function seedRush(url: string): Promise<{ editionId: string; notice: { noticeId: string; version: string } }> {
  const db = await createDatabase({ databaseUrl: url, poolMax: 2 });
  try {
    await seedDemo(db.prisma);
    const series = await db.prisma.series.findUniqueOrThrow({ where: { slug: 'china-central-asia' } });
    const edition = await ensureEdition(db.prisma, series.id, {
      number: EDITION,
      theme: { en: 'Registration rush' },
      status: 'REGISTRATION_OPEN',
      startDate: '2030-06-10',
      endDate: '2030-06-12',
      timeZone: 'Asia/Almaty',
      hostCity: { en: 'Almaty' },
      workingLanguages: ['en', 'ru', 'zh-Hans'],
      coOrganizerSlugs: [],
    });
    const notice = { noticeId: 'rush-privacy', version: '1' };
    // The photo is uploaded separately (POST /registration/photos); the rush measures submissions.
    await ensureRegistration(db.prisma, edition, {
      privacyNotice: { id: notice.noticeId, version: notice.version, text: { en: 'Bench notice.' } },
      categories: { business: { capacity: CAPACITY, approval: 'AUTO_APPROVED', optional: ['photo'] } },
    });
    return { editionId: edition.id, notice };
  } finally {
    await db.close();
  }
}

function answers(notice: { noticeId: string; version: string }, email: string): Record<string, unknown> {
  return {
    givenName: 'Aigerim',
    familyName: 'Seitova',
    citizenship: 'KZ',
    email,
    phone: '+7 7172 123456',
    organization: 'Ministry of Trade',
    position: 'Adviser',
    consent: notice,
  };
}

/** 10.x.y.z per request: each submission comes from a visitor of its own. */
const address = (n: number): string => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;

async function rush(target: Target, url: string, editionId: string, notice: { noticeId: string; version: string }, connections: number, seconds: number, round: number): Promise<Measured> {
  let sent = 0;
  let refused = 0;
  const firstRefusals: string[] = [];
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (request) => {
          sent += 1;
          const email = `rush-${round}-${target}-${sent}-${randomUUID().slice(0, 8)}@example.org`;
          const body =
            target !== 'bare'
              ? { query: SUBMIT, variables: { input: { editionId, category: 'business', language: 'en', answers: answers(notice, email) } } }
              : { editionId, category: 'business', email, givenName: 'Aigerim', familyName: 'Seitova', citizenship: 'KZ' };
          return { ...request, headers: { 'content-type': 'application/json', 'x-forwarded-for': address(sent) }, body: JSON.stringify(body) };
        },
        onResponse: (status, body) => {
          if (status === 200 && !body.includes('"errors"')) return;
          refused += 1;
          if (firstRefusals.length < 3) firstRefusals.push(`${status} ${body.slice(0, 300)}`);
        },
      },
    ],
  });
  // A GraphQL error or a non-2xx answer is a refused submission: that is a bug, and stops the bench.
  if (result.non2xx > 0 || refused > 0) {
    throw new BenchError('LOAD_FAILED', `${target} refused ${refused} submissions (${result.non2xx} non-2xx) in round ${round}: ${firstRefusals.join(' | ')}`);
  }
  // Requests the load tool gave up on (its 10 s timeout) are reported, not hidden: an overloaded server shows as failures.
  const accepted = result['2xx'] - refused;
  return {
    target,
    round,
    accepted,
    failed: result.errors,
    acceptedPerMinute: Math.round((accepted / result.duration) * 60),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    durationSeconds: result.duration,
  };
}

/** What the database holds after the runs: every accepted submission, never more approved than places. */
async function verify(url: string, editionId: string, accepted: number): Promise<{ approved: number; waitlisted: number; applications: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = await client.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM "Application" WHERE "editionId" = $1 GROUP BY status`, [editionId]);
    const by = Object.fromEntries(rows.rows.map((r) => [r.status, r.n]));
    const total = rows.rows.reduce((sum, r) => sum + r.n, 0);
    const counter = await client.query<{ approvedCount: number }>(`SELECT "approvedCount" FROM "AccreditationCategory" WHERE "editionId" = $1 AND slug = 'business'`, [editionId]);
    const approved = by['APPROVED'] ?? 0;
    // Submissions the load tool timed out on may still have committed: at least the accepted ones are there.
    if (total < accepted) throw new BenchError('RESPONSE_FAILED', `${accepted} submissions were accepted, the database holds only ${total}`);
    if (approved > CAPACITY || counter.rows[0]?.approvedCount !== approved) {
      throw new BenchError('RESPONSE_FAILED', `${approved} approved for ${CAPACITY} places, approvedCount ${counter.rows[0]?.approvedCount}`);
    }
    return { approved, waitlisted: by['WAITLISTED'] ?? 0, applications: total };
  } finally {
    await client.end();
  }
}

async function dropRedisKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadBenchConfig();
  const load = loadavg()[0] ?? 0;
  log(`machine: ${cpus().length} cores, load average ${load.toFixed(2)} at the start`);
  log('creating and seeding two fresh databases (api, bare)');
  const apiDb: BenchDatabase = await createBenchDatabase('system', config.adminUrl);
  cleanups.push(() => apiDb.drop());
  const bareDb: BenchDatabase = await createBenchDatabase('system', config.adminUrl);
  cleanups.push(() => bareDb.drop());
  const apiRush = await seedRush(apiDb.url);
  const bareRush = await seedRush(bareDb.url);
  const comparedDb: BenchDatabase | null = config.compareApiMain ? await createBenchDatabase('system', config.adminUrl) : null;
  if (comparedDb) cleanups.push(() => comparedDb.drop());
  const comparedRush = comparedDb ? await seedRush(comparedDb.url) : null;

  const apiEnv: Record<string, string> = {
    ...benchApiEnv(apiDb.url, config.redisUrl),
    // The rush comes from many visitors behind one proxy (the load tool); no limit may refuse it.
    TRUST_PROXY: '1',
    MUTATION_LIMIT_PER_ADDRESS: '600',
  };
  cleanups.push(() => dropRedisKeys(config.redisUrl, apiEnv['BULL_PREFIX'] ?? 'caravan-bench-none'));
  if (config.cpuProfileDir !== undefined) await mkdir(config.cpuProfileDir, { recursive: true });
  const api = await startChildServer({ name: 'api', script: API_MAIN, env: apiEnv, readyTimeoutMs: 60_000, cpuProfileDir: config.cpuProfileDir });
  cleanups.push(() => api.stop());
  const comparedEnv: Record<string, string> | null = comparedDb ? { ...apiEnv, ...benchApiEnv(comparedDb.url, config.redisUrl), TRUST_PROXY: '1', MUTATION_LIMIT_PER_ADDRESS: '600' } : null;
  if (comparedEnv) cleanups.push(() => dropRedisKeys(config.redisUrl, comparedEnv['BULL_PREFIX'] ?? 'caravan-bench-none'));
  const compared = config.compareApiMain && comparedEnv ? await startChildServer({ name: 'compared', script: config.compareApiMain, env: comparedEnv, readyTimeoutMs: 60_000 }) : null;
  if (compared) cleanups.push(() => compared.stop());
  const bare = await startChildServer({ name: 'bare', script: BARE_SERVER, env: { BENCH_DATABASE_URL: bareDb.url }, readyTimeoutMs: 30_000 });
  cleanups.push(() => bare.stop());

  const targets = [
    { name: 'api' as const, url: `${api.baseUrl}/graphql`, rush: apiRush },
    ...(compared && comparedRush ? [{ name: 'compared' as const, url: `${compared.baseUrl}/graphql`, rush: comparedRush }] : []),
    { name: 'bare' as const, url: `${bare.baseUrl}/registrations`, rush: bareRush },
  ];
  if (config.warmupSeconds > 0) {
    log(`warming up ${config.warmupSeconds} s each`);
    for (const t of targets) await rush(t.name, t.url, t.rush.editionId, t.rush.notice, config.connections, config.warmupSeconds, 0);
  }
  const measured: Measured[] = [];
  for (let round = 1; round <= config.rounds; round += 1) {
    for (const t of targets) {
      const m = await rush(t.name, t.url, t.rush.editionId, t.rush.notice, config.connections, config.durationSeconds, round);
      log(`round ${round} ${t.name}: ${m.acceptedPerMinute} accepted/min, p50 ${m.latencyP50Ms} ms, p99 ${m.latencyP99Ms} ms`);
      measured.push(m);
      await sleep(Math.ceil(m.latencyP99Ms) + 500);
    }
  }
  const allApi = measured.filter((m) => m.target === 'api');
  const allBare = measured.filter((m) => m.target === 'bare');
  const allCompared = measured.filter((m) => m.target === 'compared');
  // Warm-up submissions are in the database too.
  const acceptedOf = (list: Measured[]) => list.reduce((sum, m) => sum + m.accepted, 0);
  const apiState = await verify(apiDb.url, apiRush.editionId, acceptedOf(allApi));
  const bareState = await verify(bareDb.url, bareRush.editionId, acceptedOf(allBare));
  const comparedState = comparedDb && comparedRush ? await verify(comparedDb.url, comparedRush.editionId, acceptedOf(allCompared)) : null;
  const summary = (list: Measured[]) => ({
    timedOut: list.reduce((sum, m) => sum + m.failed, 0),
    acceptedPerMinute: Math.round(list.reduce((s, m) => s + m.acceptedPerMinute, 0) / list.length),
    latencyP50Ms: median(list.map((m) => m.latencyP50Ms)),
    latencyP99Ms: Math.max(...list.map((m) => m.latencyP99Ms)),
  });
  const report = {
    scenario: 'registration rush',
    date: new Date().toISOString(),
    machine: { cores: cpus().length, loadAverageAtStart: Number(load.toFixed(2)), loadAverageAtEnd: Number((loadavg()[0] ?? 0).toFixed(2)) },
    note: config.note ?? null,
    settings: { connections: config.connections, durationSeconds: config.durationSeconds, rounds: config.rounds, warmupSeconds: config.warmupSeconds, capacity: CAPACITY },
    api: summary(allApi),
    bare: summary(allBare),
    compared: comparedState ? { build: config.compareApiMain ?? '', ...summary(allCompared) } : null,
    apiOverBare: Number((summary(allApi).acceptedPerMinute / summary(allBare).acceptedPerMinute).toFixed(2)),
    target: { acceptedPerMinute: TARGET_PER_MINUTE, p99Ms: TARGET_P99_MS },
    met: summary(allApi).acceptedPerMinute >= TARGET_PER_MINUTE && summary(allApi).latencyP99Ms < TARGET_P99_MS && summary(allApi).timedOut === 0,
    database: { api: apiState, bare: bareState, compared: comparedState },
    rounds: measured,
  };
  await mkdir(config.resultsDir, { recursive: true });
  const json = join(config.resultsDir, 'registration.json');
  const md = join(config.resultsDir, 'registration.md');
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(md, renderMarkdown(report));
  process.stdout.write(`\n${renderMarkdown(report)}\n`);
  log(`wrote ${json} and ${md} in ${Math.round((Date.now() - started) / 1000)} s`);
}

function renderMarkdown(report: {
  date: string;
  machine: { cores: number; loadAverageAtStart: number; loadAverageAtEnd: number };
  note: string | null;
  settings: { connections: number; durationSeconds: number; rounds: number; capacity: number };
  api: { acceptedPerMinute: number; latencyP50Ms: number; latencyP99Ms: number; timedOut: number };
  bare: { acceptedPerMinute: number; latencyP50Ms: number; latencyP99Ms: number; timedOut: number };
  compared: { build: string; acceptedPerMinute: number; latencyP50Ms: number; latencyP99Ms: number; timedOut: number } | null;
  apiOverBare: number;
  met: boolean;
  database: {
    api: { approved: number; waitlisted: number; applications: number };
    bare: { approved: number; waitlisted: number; applications: number };
    compared: { approved: number; waitlisted: number; applications: number } | null;
  };
  rounds: Measured[];
}): string {
  return [
    '# Registration rush',
    '',
    `${report.date}; ${report.machine.cores} cores, load average ${report.machine.loadAverageAtStart} at the start and ${report.machine.loadAverageAtEnd} at the end; ` +
      `${report.settings.connections} connections, ${report.settings.rounds} rounds of ${report.settings.durationSeconds} s per target; a category of ${report.settings.capacity} auto-approved places.`,
    ...(report.note ? ['', report.note] : []),
    '',
    '| target | accepted registrations / min | p50 ms | p99 ms | timed out (10 s) |',
    '|---|---:|---:|---:|---:|',
    `| api (GraphQL submitApplication) | ${report.api.acceptedPerMinute} | ${report.api.latencyP50Ms} | ${report.api.latencyP99Ms} | ${report.api.timedOut} |`,
    ...(report.compared
      ? [`| compared build (${report.compared.build}) | ${report.compared.acceptedPerMinute} | ${report.compared.latencyP50Ms} | ${report.compared.latencyP99Ms} | ${report.compared.timedOut} |`]
      : []),
    `| bare Fastify + pg | ${report.bare.acceptedPerMinute} | ${report.bare.latencyP50Ms} | ${report.bare.latencyP99Ms} | ${report.bare.timedOut} |`,
    '',
    `api/bare: ${report.apiOverBare}. Target ≥ ${TARGET_PER_MINUTE}/min with p99 < ${TARGET_P99_MS} ms: ${report.met ? 'met' : 'not met'}.`,
    '',
    `After the runs the api's database held ${report.database.api.applications} applications, ${report.database.api.approved} approved (never more than the places) and ${report.database.api.waitlisted} waitlisted; the bare one ${report.database.bare.applications}, ${report.database.bare.approved} and ${report.database.bare.waitlisted}` +
      (report.database.compared ? `; the compared build's ${report.database.compared.applications}, ${report.database.compared.approved} and ${report.database.compared.waitlisted}.` : '.'),
    '',
    // Once a category is full, submissions are waitlisted without waiting on its row: a round in that regime is faster, so each round is shown.
    'Each round (a target whose places ran out during the warm-up or a round is waitlisting from then on):',
    '',
    '| round | target | accepted / min | p50 ms | p99 ms |',
    '|---:|---|---:|---:|---:|',
    ...report.rounds.map((m) => `| ${m.round} | ${m.target} | ${m.acceptedPerMinute} | ${m.latencyP50Ms} | ${m.latencyP99Ms} |`),
    '',
  ].join('\n');
}

runBench('bench:registration', main, cleanups);
