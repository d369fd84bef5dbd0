// The portal's budgets, in real Chromium against the real stack (a fresh seeded PostgreSQL database,
// the built api and portal), on every page type in English and in languages of other scripts:
// - axe finds no serious or critical violation once scripts ran;
// - a page loads at most 120 KB of gzipped JavaScript: not met yet (see SCRIPT_CEILING_GZIP_BYTES),
//   so each page is held to today's ceiling and the budget itself is a known failure;
// - Lighthouse (mobile preset) scores accessibility ≥ 95 on the home, series, edition, programme
//   and agreements pages. Its performance score is timing-based and so is measured by
//   `pnpm --filter @caravan/portal bench:lighthouse`, not asserted here.
// And each edition's Open Graph image is a PNG of 1200×630 named by the edition page.
// `UPDATE_BUDGETS=1` writes the measured script weights to bench/results/portal-page-weight.md.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locale } from '@caravan/i18n';
import { createTestDatabase, type TestDatabase } from '@caravan/db/testing';
// '@caravan/db/seed' has no export entry of its own yet; the package's "./*" pattern reaches the folder's index.
import { seedDemo } from '@caravan/db/seed/index';
import { chromium, type BrowserContext } from 'playwright-core';
import { runLighthouse } from './budgets/lighthouse';
import { BUDGET_PAGES, LIGHTHOUSE_PAGES, SCRIPT_BUDGET_GZIP_BYTES, SCRIPT_CEILING_GZIP_BYTES } from './budgets/pages';
import { recordScripts, totalGzipBytes } from './budgets/script-weight';
import { assertBuilt, startApi, startPortal, type RunningProcess } from './stack';

const LOCALES = ['en', 'kk', 'zh-Hans', 'ka'] as const satisfies readonly Locale[];

let database: TestDatabase | undefined;
let userDataDir: string | undefined;
let context: BrowserContext | undefined;
const processes: RunningProcess[] = [];
let portalUrl = '';
const weights = new Map<string, { scripts: number; gzipBytes: number }>();

const withLang = (path: string, locale: Locale) => `${path}${path.includes('?') ? '&' : '?'}lang=${locale}`;

beforeAll(async () => {
  assertBuilt();
  database = await createTestDatabase();
  await seedDemo(database.db.prisma);
  portalUrl = await startPortal(await startApi(database.url, processes), processes);
  userDataDir = mkdtempSync(join(tmpdir(), 'caravan-e2e-budgets-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
});

afterAll(async () => {
  if (process.env['UPDATE_BUDGETS'] === '1' && weights.size > 0) writeWeights();
  await context?.close();
  await Promise.all(processes.map((proc) => proc.stop()));
  await database?.drop();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

function writeWeights(): void {
  const rows = [...weights].map(([key, { scripts, gzipBytes }]) => `| ${key} | ${scripts} | ${(gzipBytes / 1024).toFixed(1)} |`);
  const dir = resolve(__dirname, '../../../bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'portal-page-weight.md'),
    [
      '# Portal: JavaScript per page',
      '',
      `Measured by apps/portal/e2e/budgets.e2e.ts in Chromium: the script resources each page loaded, gzipped at level 9. Budget: ${SCRIPT_BUDGET_GZIP_BYTES / 1024} KB.`,
      '',
      '| page (language) | scripts | KB gzipped |',
      '| --- | ---: | ---: |',
      ...rows,
      '',
    ].join('\n'),
  );
}

describe('portal budgets in Chromium', () => {
  describe.each(LOCALES)('in %s', (locale) => {
    it.each(BUDGET_PAGES.map((page) => [page.name, page] as const))('%s: no serious or critical axe violation, scripts under the ceiling', async (name, { path, status }) => {
      if (!context) throw new Error('E2E_NO_BROWSER: the browser did not start');
      const page = await context.newPage();
      try {
        const scripts = recordScripts(page);
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        const response = await page.goto(`${portalUrl}${withLang(path, locale)}`);
        expect({ name, status: response?.status() }).toEqual({ name, status });
        await page.waitForLoadState('networkidle');
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe(locale);

        const { violations } = await new AxeBuilder({ page }).analyze();
        const serious = violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')) }));
        expect({ name, serious }).toEqual({ name, serious: [] });

        const loaded = await scripts();
        const gzipBytes = totalGzipBytes(loaded);
        weights.set(`${name} (${locale})`, { scripts: loaded.length, gzipBytes });
        expect(loaded.length).toBeGreaterThan(0);
        expect({ name, overCeiling: gzipBytes > SCRIPT_CEILING_GZIP_BYTES, gzipBytes }).toEqual({ name, overCeiling: false, gzipBytes });
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });

  // Known to fail until the catalogues and zod leave the shared chunk: when every page fits,
  // Jest reports this test as failing, and it becomes a plain `it`.
  it.failing('every page ships at most 120 KB of gzipped JavaScript', () => {
    expect(weights.size).toBe(LOCALES.length * BUDGET_PAGES.length);
    const over = [...weights].filter(([, weight]) => weight.gzipBytes > SCRIPT_BUDGET_GZIP_BYTES).map(([key, weight]) => `${key}: ${weight.gzipBytes}`);
    expect(over).toEqual([]);
  });

  it.each(LIGHTHOUSE_PAGES.map((page) => [page.name, page.path] as const))('Lighthouse scores accessibility at least 95 on the %s page (mobile)', async (name, path) => {
    const result = await runLighthouse(`${portalUrl}${path}`, ['accessibility']);
    const accessibility = result.scores.accessibility ?? 0;
    // The score and the audits that cost points, shown when the floor is not met.
    expect({ name, atLeast95: accessibility >= 95, accessibility, failing: result.failing }).toEqual({ name, atLeast95: true, accessibility, failing: result.failing });
  });
});

describe('Open Graph image of an edition', () => {
  it('is named by the edition page in its language and is a 1200×630 PNG', async () => {
    const html = await (await fetch(`${portalUrl}/china-central-asia/11?lang=kk`)).text();
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    expect(image).toBe(`${portalUrl}/china-central-asia/11/og.png?lang=kk`);
    expect(html).toContain('<meta property="og:image:width" content="1200"/>');
    const response = await fetch(image ?? '');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await response.arrayBuffer());
    // The PNG signature, then the IHDR chunk's width and height (big-endian, bytes 16–23).
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 1200, height: 630 });
  });

  it('answers 404 for an unknown edition', async () => {
    const response = await fetch(`${portalUrl}/china-central-asia/99/og.png`);
    expect(response.status).toBe(404);
  });
});
