// One Lighthouse run (the npm package's CLI, mobile preset, its own headless Chromium launched by
// chrome-launcher from CHROMIUM_PATH or /usr/bin/chromium) and its category scores out of 100.
// The CLI runs in its own process: Lighthouse is ESM-only and the browser tests run as CommonJS.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

export interface LighthouseResult {
  url: string;
  scores: Partial<Record<LighthouseCategory, number>>;
  /** Failing audits (score below 0.9) of the categories run, for a diagnosis. */
  failing: { id: string; title: string; score: number }[];
  metrics: { firstContentfulPaintMs?: number; largestContentfulPaintMs?: number; totalBlockingTimeMs?: number; cumulativeLayoutShift?: number; speedIndexMs?: number };
}

const cli = join(dirname(require.resolve('lighthouse/package.json')), 'cli/index.js');

// Lighthouse's JSON, as far as it is read here.
interface LighthouseJson {
  finalDisplayedUrl: string;
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>;
  audits: Record<string, { title: string; score: number | null; numericValue?: number }>;
}

export async function runLighthouse(url: string, categories: readonly LighthouseCategory[]): Promise<LighthouseResult> {
  const profile = mkdtempSync(join(tmpdir(), 'caravan-lighthouse-'));
  const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`];
  try {
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        [cli, url, '--output=json', '--output-path=stdout', '--quiet', `--only-categories=${categories.join(',')}`, `--chrome-flags=${flags.join(' ')}`],
        { env: { ...process.env, CHROME_PATH: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 },
        (error, out, err) => (error ? reject(new Error(`LIGHTHOUSE_FAILED: ${url}: ${error.message}\n${err.slice(-2_000)}`)) : resolve(out)),
      );
    });
    const report = JSON.parse(stdout) as LighthouseJson;
    if (report.runtimeError) throw new Error(`LIGHTHOUSE_FAILED: ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`);
    const scores: LighthouseResult['scores'] = {};
    const failing: LighthouseResult['failing'] = [];
    for (const category of categories) {
      const result = report.categories[category];
      if (!result || result.score === null) throw new Error(`LIGHTHOUSE_NO_SCORE: ${url} has no ${category} score`);
      scores[category] = Math.round(result.score * 100);
      for (const { id } of result.auditRefs) {
        const audit = report.audits[id];
        if (audit && audit.score !== null && audit.score < 0.9) failing.push({ id, title: audit.title, score: audit.score });
      }
    }
    const numeric = (id: string) => report.audits[id]?.numericValue;
    return {
      url,
      scores,
      failing,
      metrics: {
        firstContentfulPaintMs: numeric('first-contentful-paint'),
        largestContentfulPaintMs: numeric('largest-contentful-paint'),
        totalBlockingTimeMs: numeric('total-blocking-time'),
        cumulativeLayoutShift: numeric('cumulative-layout-shift'),
        speedIndexMs: numeric('speed-index'),
      },
    };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
