// Rendering an edition's badges through the real job (`pnpm --filter @caravan/api bench:badges`,
// also part of `pnpm bench`): BENCH_BADGES approved participants (25,000 by default; names in
// Chinese, Cyrillic, Georgian, Armenian and Latin), the built api and the built worker in
// production mode as child processes. An organizer calls renderEditionBadges (which first issues
// and signs every badge), then the worker renders one PDF per participant and the merged PDF
// into local storage while the bench watches the run's progress. Reported: the time to issue,
// the time to render, the worker's peak resident memory (VmHWM), and the PDFs' sizes; written to
// bench/results/badge-job.{json,md}. The run must end DONE with every badge rendered.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDatabase } from '@caravan/db';
import { ensureEdition, seedDemo } from '@caravan/db/seed';
import { BenchError } from './bench-error.js';
import { Cleanups, runBench } from './bench-run.js';
import { API_MAIN, REPO_ROOT, benchApiEnv, loadBenchConfig } from './bench-config.js';
import { createBenchDatabase } from './bench-databases.js';
import { startChildServer } from './child-server.js';

const log = (message: string): void => void process.stdout.write(`[bench:badges] ${message}\n`);
const cleanups = new Cleanups('bench:badges');
const WORKER_MAIN = resolve(REPO_ROOT, 'apps', 'worker', 'dist', 'main.js');
const EDITION = 31;
const DAYS = ['2030-06-10', '2030-06-11', '2030-06-12'];
/** The issue's target for 25,000 badges on this machine. */
const TARGET_SECONDS = 300;

const NAMES: readonly [string, string, string | null][] = [
  ['Wang', 'Lei', '王磊'],
  ['Aigerim', 'Sadykova', 'Айгерим Садыкова'],
  ['Nino', 'Beridze', 'ნინო ბერიძე'],
  ['Anahit', 'Petrosyan', 'Անահիտ Պետրոսյան'],
  ['Dilnoza', 'Yusupova', 'Дилноза Юсупова'],
  ['Zoë', 'Øvergård', null],
];

async function seed(url: string, count: number): Promise<string> {
  const db = await createDatabase({ databaseUrl: url, poolMax: 2 });
  try {
    await seedDemo(db.prisma);
    const series = await db.prisma.series.findUniqueOrThrow({ where: { slug: 'china-central-asia' } });
    const edition = await ensureEdition(db.prisma, series.id, {
      number: EDITION,
      theme: { en: 'Badge rendering' },
      status: 'REGISTRATION_OPEN',
      startDate: DAYS[0] ?? '',
      endDate: DAYS[2] ?? '',
      timeZone: 'Asia/Almaty',
      hostCity: { en: 'Almaty' },
      workingLanguages: ['en', 'ru', 'zh-Hans'],
      coOrganizerSlugs: [],
    });
    const category = await db.prisma.accreditationCategory.create({
      data: { editionId: edition.id, slug: 'bench-delegates', kind: 'DELEGATION_MEMBER', name: { en: 'Delegation member' }, approval: 'NEEDS_APPROVAL', publicSignup: false, fields: [], visaSupport: 'NONE', badgeZones: ['venue', 'plenary-hall'], badgeDays: DAYS },
    });
    for (let start = 0; start < count; start += 1000) {
      await db.prisma.application.createMany({
        data: Array.from({ length: Math.min(1000, count - start) }, (_, offset) => {
          const i = start + offset;
          const [givenName, familyName, native] = NAMES[i % NAMES.length] ?? NAMES[0]!;
          return {
            reference: `BENCH-${String(i).padStart(6, '0')}`,
            editionId: edition.id,
            categoryId: category.id,
            status: 'APPROVED' as const,
            email: `participant-${i}@bench.invalid`,
            givenName,
            familyName,
            citizenship: 'KZ',
            organization: 'Ministry of Foreign Affairs',
            language: 'en',
            answers: native ? { givenName, familyName, nativeName: { text: native, language: 'und' } } : { givenName, familyName },
            submittedAt: new Date(),
            decidedAt: new Date(),
          };
        }),
      });
    }
    await db.prisma.accreditationCategory.update({ where: { id: category.id }, data: { approvedCount: count } });
    return edition.id;
  } finally {
    await db.close();
  }
}

async function gql<T>(baseUrl: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors) throw new BenchError('API_REFUSED', JSON.stringify(body.errors));
  return body.data;
}

/** Peak resident memory of a process so far (Linux VmHWM), in bytes. */
async function peakRss(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
  if (!Number.isFinite(kib)) throw new BenchError('NO_MEMORY_FIGURE', `no VmHWM in /proc/${pid}/status`);
  return kib * 1024;
}

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function main(): Promise<void> {
  const config = loadBenchConfig();
  const count = Number(process.env['BENCH_BADGES'] ?? 25_000);
  if (!Number.isInteger(count) || count < 1) throw new BenchError('CONFIG_INVALID', 'BENCH_BADGES must be a whole number of 1 or more');
  const database = await createBenchDatabase('system', config.adminUrl);
  cleanups.push(() => database.drop());
  log(`seeding ${count.toLocaleString('en')} approved participants`);
  const editionId = await seed(database.url, count);

  const env: Record<string, string> = { ...benchApiEnv(database.url, config.redisUrl), BADGE_KEY_SECRET: randomBytes(48).toString('base64') };
  const storageRoot = env['STORAGE_LOCAL_ROOT'] ?? join(tmpdir(), `caravan-bench-storage-${randomUUID()}`);
  cleanups.push(() => rm(storageRoot, { recursive: true, force: true }));
  const api = await startChildServer({ name: 'api', script: API_MAIN, env, readyTimeoutMs: 120_000 });
  cleanups.push(() => api.stop());
  const worker = spawn(process.execPath, [WORKER_MAIN], { env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  cleanups.push(async () => {
    if (worker.exitCode === null) {
      worker.kill('SIGTERM');
      await new Promise((done) => worker.once('exit', done));
    }
  });
  const workerPid = worker.pid ?? 0;

  const { signIn } = await gql<{ signIn: { accessToken: string } }>(api.baseUrl, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }', { e: 'cca-organizer@caravan.local', p: 'caravan-cca' });
  const token = signIn.accessToken;
  const load = loadavg()[0] ?? 0;
  log(`issuing and signing ${count.toLocaleString('en')} badges (renderEditionBadges)`);
  const issueStart = performance.now();
  const { renderEditionBadges: run } = await gql<{ renderEditionBadges: { id: string; total: number } }>(
    api.baseUrl,
    `mutation { renderEditionBadges(series: "china-central-asia", number: ${EDITION}) { id total } }`,
    {},
    token,
  );
  const issueSeconds = (performance.now() - issueStart) / 1000;
  if (run.total !== count) throw new BenchError('WRONG_TOTAL', `the run counts ${run.total} badges, not ${count}`);
  log(`issued in ${issueSeconds.toFixed(1)} s; rendering`);
  const renderStart = performance.now();
  let status = 'QUEUED';
  let done: number;
  let mergedKey: string | null = null;
  for (let lastLogged = 0; status !== 'DONE'; ) {
    await sleep(1000);
    if (worker.exitCode !== null) throw new BenchError('WORKER_EXITED', `the worker exited with ${worker.exitCode}`);
    const { badgeRenderRun } = await gql<{ badgeRenderRun: { status: string; done: number; mergedKey: string | null; error: string | null } }>(
      api.baseUrl,
      'query($id: ID!) { badgeRenderRun(runId: $id) { status done mergedKey error } }',
      { id: run.id },
      token,
    );
    ({ status, done, mergedKey } = badgeRenderRun);
    if (status === 'FAILED' || status === 'CANCELLED') throw new BenchError('RUN_FAILED', `the run ended ${status}: ${badgeRenderRun.error ?? ''}`);
    if (done - lastLogged >= 2500) {
      lastLogged = done;
      log(`${done.toLocaleString('en')} / ${count.toLocaleString('en')} rendered`);
    }
  }
  const renderSeconds = (performance.now() - renderStart) / 1000;
  const workerPeak = await peakRss(workerPid);
  const merged = await stat(join(storageRoot, mergedKey ?? 'missing'));
  const participants = join(storageRoot, 'editions', editionId, 'participants');
  const sizes: number[] = [];
  for (const dir of await readdir(participants)) sizes.push((await stat(join(participants, dir, 'badge.pdf'))).size);
  sizes.sort((a, b) => a - b);
  if (sizes.length !== count) throw new BenchError('MISSING_PDFS', `${sizes.length} participant PDFs in storage, not ${count}`);
  const total = issueSeconds + renderSeconds;

  const result = {
    date: new Date().toISOString(),
    participants: count,
    node: process.version,
    cores: cpus().length,
    loadAtStart: Number(load.toFixed(2)),
    issueSeconds: Number(issueSeconds.toFixed(1)),
    renderSeconds: Number(renderSeconds.toFixed(1)),
    totalSeconds: Number(total.toFixed(1)),
    targetSeconds: TARGET_SECONDS,
    workerPeakRssBytes: workerPeak,
    mergedPdfBytes: merged.size,
    participantPdfBytes: { total: sizes.reduce((a, b) => a + b, 0), min: sizes[0] ?? 0, median: sizes[Math.floor(sizes.length / 2)] ?? 0, max: sizes.at(-1) ?? 0 },
    photos: 'none (the fixture has no photos; the package bench, bench/results/badges.md, renders one on every badge)',
  };
  await mkdir(config.resultsDir, { recursive: true });
  await writeFile(join(config.resultsDir, 'badge-job.json'), `${JSON.stringify(result, null, 2)}\n`);
  await writeFile(
    join(config.resultsDir, 'badge-job.md'),
    [
      '# Badge rendering through the job',
      '',
      `\`pnpm --filter @caravan/api bench:badges\`, ${result.date}: ${count.toLocaleString('en')} approved participants of one edition (names in`,
      `Chinese, Cyrillic, Georgian, Armenian and Latin with diacritics; no photos), the built api and worker in production mode,`,
      `PostgreSQL and Redis of the machine, ${result.cores} cores shared with other work (load ${result.loadAtStart} at start), Node ${result.node}.`,
      '',
      '| step | seconds |',
      '|---|---:|',
      `| renderEditionBadges: issue and sign every badge (batches of 2,000) | ${result.issueSeconds} |`,
      `| worker: one PDF per participant and the merged PDF, into storage | ${result.renderSeconds} |`,
      `| **total** (target ${TARGET_SECONDS} s) | **${result.totalSeconds}** |`,
      '',
      `- Worker peak resident memory (VmHWM): ${mib(workerPeak)} MiB.`,
      `- Merged PDF: ${mib(merged.size)} MiB, ${count.toLocaleString('en')} A6 pages.`,
      `- Per-participant PDFs: ${mib(result.participantPdfBytes.total)} MiB in all; ${(result.participantPdfBytes.min / 1024).toFixed(1)} / ${(result.participantPdfBytes.median / 1024).toFixed(1)} / ${(result.participantPdfBytes.max / 1024).toFixed(1)} KiB (min / median / max).`,
      '',
    ].join('\n'),
  );
  log(`done: ${total.toFixed(1)} s in all, worker peak ${mib(workerPeak)} MiB, merged PDF ${mib(merged.size)} MiB`);
}

runBench('bench:badges', main, cleanups);
