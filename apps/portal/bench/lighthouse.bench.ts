// Lighthouse on the mobile preset (simulated throttling, as PageSpeed runs it) for the home, series,
// edition, programme and agreements pages of the demo data, against the built api and portal:
// performance, accessibility, best practices and SEO, with the main metrics. Performance is
// timing-based and varies with the machine's load, so each page runs RUNS times (3 by default)
// and the median counts; the load average is recorded beside the figures. Writes
// bench/results/lighthouse.{json,md} at the repository root.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@caravan/db/testing';
// '@caravan/db/seed' has no export entry of its own yet; the package's "./*" pattern reaches the folder's index.
import { seedDemo } from '@caravan/db/seed/index';
import { LIGHTHOUSE_CATEGORIES, runLighthouse, type LighthouseResult } from '../e2e/budgets/lighthouse';
import { LIGHTHOUSE_PAGES } from '../e2e/budgets/pages';
import { assertBuilt, startApi, startPortal, type RunningProcess } from '../e2e/stack';

const RUNS = Number(process.env['LIGHTHOUSE_RUNS'] ?? 3);
const FLOOR = 95;

let database: TestDatabase | undefined;
const processes: RunningProcess[] = [];

afterAll(async () => {
  await Promise.all(processes.map((proc) => proc.stop()));
  await database?.drop();
});

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

it('measures Lighthouse scores of the portal', async () => {
  assertBuilt();
  database = await createTestDatabase();
  await seedDemo(database.db.prisma);
  const portalUrl = await startPortal(await startApi(database.url, processes), processes);
  const loadBefore = loadavg()[0] ?? 0;
  const pages: { name: string; path: string; runs: LighthouseResult[] }[] = [];
  for (const { name, path } of LIGHTHOUSE_PAGES) {
    // One unmeasured visit fills the api's answer cache and the portal's, as on a live site.
    await fetch(`${portalUrl}${path}`);
    const runs: LighthouseResult[] = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await runLighthouse(`${portalUrl}${path}`, LIGHTHOUSE_CATEGORIES));
    pages.push({ name, path, runs });
  }
  const loadAfter = loadavg()[0] ?? 0;

  const summary = pages.map(({ name, path, runs }) => ({
    name,
    path,
    scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((category) => [category, median(runs.map((run) => run.scores[category] ?? 0))])),
    performanceRuns: runs.map((run) => run.scores.performance ?? 0),
    lcpMs: Math.round(median(runs.map((run) => run.metrics.largestContentfulPaintMs ?? 0))),
    tbtMs: Math.round(median(runs.map((run) => run.metrics.totalBlockingTimeMs ?? 0))),
    cls: median(runs.map((run) => run.metrics.cumulativeLayoutShift ?? 0)),
    failing: [...new Map(runs.flatMap((run) => run.failing).map((audit) => [audit.id, audit])).values()].map((audit) => audit.title),
  }));
  const machine = { cores: cpus().length, loadAverageBefore: Number(loadBefore.toFixed(2)), loadAverageAfter: Number(loadAfter.toFixed(2)) };
  const dir = resolve(__dirname, '../../../bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'lighthouse.json'), `${JSON.stringify({ date: new Date().toISOString(), runsPerPage: RUNS, machine, pages: summary }, null, 2)}\n`);
  writeFileSync(
    join(dir, 'lighthouse.md'),
    [
      '# Portal: Lighthouse, mobile preset',
      '',
      `Run by \`pnpm --filter @caravan/portal bench:lighthouse\` (lighthouse 12.2.3 on Debian's Chromium, simulated throttling) on ${new Date().toISOString().slice(0, 10)}: the median of ${RUNS} runs per page, on a ${machine.cores}-core machine with load average ${machine.loadAverageBefore} before and ${machine.loadAverageAfter} after. Floor: ${FLOOR} for performance and accessibility.`,
      '',
      '| page | performance (runs) | accessibility | best practices | SEO | LCP ms | TBT ms | CLS | audits under 0.9 |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      ...summary.map(
        (page) =>
          `| ${page.name} (\`${page.path}\`) | ${page.scores['performance']} (${page.performanceRuns.join(', ')}) | ${page.scores['accessibility']} | ${page.scores['best-practices']} | ${page.scores['seo']} | ${page.lcpMs} | ${page.tbtMs} | ${page.cls.toFixed(3)} | ${page.failing.join('; ') || '—'} |`,
      ),
      '',
    ].join('\n'),
  );
  expect(summary).toHaveLength(LIGHTHOUSE_PAGES.length);
});
