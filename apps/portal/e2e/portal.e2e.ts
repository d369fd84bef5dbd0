// Browser test of the portal against the real stack: a fresh PostgreSQL database with the demo seed,
// the built api and the built portal, driven by Debian's Chromium through playwright-core.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTranslator } from '@caravan/i18n';
import { parseHexColor, themes } from '@caravan/themes';
import { createTestDatabase, type TestDatabase } from '@caravan/db/testing';
// '@caravan/db/seed' has no export entry of its own yet; the package's "./*" pattern reaches the folder's index.
import { seedDemo } from '@caravan/db/seed/index';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { assertBuilt, freePort, startApi, startPortal, type RunningProcess } from './stack';

const repoRoot = resolve(__dirname, '../../..');

const en = createTranslator('en');
const ru = createTranslator('ru');
const rgb = (hex: string) => `rgb(${parseHexColor(hex).join(', ')})`;

let database: TestDatabase | undefined;
let userDataDir: string | undefined;
let context: BrowserContext | undefined;
const processes: RunningProcess[] = [];
let portalUrl = '';

const pageErrors = new WeakMap<Page, string[]>();

async function open(path: string): Promise<Page> {
  if (!context) throw new Error('E2E_NO_BROWSER: the browser did not start');
  const page = await context.newPage();
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${path}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
  const response = await page.goto(`${portalUrl}${path}`);
  // On an unexpected status the servers' own logs say why; show their tails with the failure.
  const logs = response?.status() === 200 ? '' : processes.map((proc) => `--- ${proc.name}\n${proc.output().slice(-3_000)}`).join('\n');
  expect({ path, status: response?.status(), logs }).toEqual({ path, status: 200, logs: '' });
  // Client scripts hydrate after load; wait for them so hydration errors are seen.
  await page.waitForLoadState('networkidle');
  return page;
}

async function close(page: Page): Promise<void> {
  expect(pageErrors.get(page)).toEqual([]);
  await page.close();
}

const headerBackground = (page: Page) => page.locator('header.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);

beforeAll(async () => {
  assertBuilt();
  database = await createTestDatabase();
  await seedDemo(database.db.prisma);

  portalUrl = await startPortal(await startApi(database.url, processes), processes);

  userDataDir = mkdtempSync(join(tmpdir(), 'caravan-e2e-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
});

afterAll(async () => {
  await context?.close();
  await Promise.all(processes.map((proc) => proc.stop()));
  await database?.drop();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

describe('portal in Chromium', () => {
  it('lists both series on the home page', async () => {
    const page = await open('/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('ltr');
    await expect(page.locator('h1').textContent()).resolves.toBe(en('home.title'));
    await expect(page.locator('a[href="/china-central-asia"]').count()).resolves.toBe(1);
    await expect(page.locator('a[href="/china-caucasus"]').count()).resolves.toBe(1);
    // The latest edition is the upcoming 12th (demo data, registration open), not the concluded 11th.
    await expect(page.locator('a[href="/china-central-asia/12"]').count()).resolves.toBe(1);
    await expect(page.locator('a[href="/china-central-asia/11"]').count()).resolves.toBe(0);
    const caucasusCard = page.locator('li.series-card', { has: page.locator('a[href="/china-caucasus"]') });
    await expect(caucasusCard.locator('.status-badge').textContent()).resolves.toBe(en('status.PROPOSED'));
    await close(page);
  });

  it('dresses each series in its own regional theme', async () => {
    const centralAsia = await open('/china-central-asia');
    const caucasus = await open('/china-caucasus');
    const caBackground = await headerBackground(centralAsia);
    const scBackground = await headerBackground(caucasus);
    expect(caBackground).toBe(rgb(themes['central-asia'].colors.primary));
    expect(scBackground).toBe(rgb(themes['south-caucasus'].colors.primary));
    const ornament = (page: Page) => page.locator('.ornament-band').evaluate((el) => getComputedStyle(el).backgroundImage);
    expect(await ornament(centralAsia)).toContain('data:image/svg+xml');
    expect(await ornament(centralAsia)).not.toBe(await ornament(caucasus));

    await expect(centralAsia.locator('a[href="/china-central-asia/11"]').count()).resolves.toBe(1);
    await expect(caucasus.locator('.notice').textContent()).resolves.toBe(en('series.proposedNotice'));
    const caucasusText = await caucasus.locator('main').innerText();
    for (const country of ['Georgia', 'Azerbaijan', 'Armenia']) expect(caucasusText).toContain(country);
    // The switcher offers the region's own languages next to en / 中文 / Русский.
    await expect(caucasus.locator('.language-switcher a[hreflang="ka"]').count()).resolves.toBe(1);
    await expect(centralAsia.locator('.language-switcher a[hreflang="kk"]').count()).resolves.toBe(1);

    if (process.env['UPDATE_SCREENSHOTS'] === '1') {
      const dir = join(repoRoot, 'docs/screenshots');
      mkdirSync(dir, { recursive: true });
      await centralAsia.screenshot({ path: join(dir, 'china-central-asia.png'), fullPage: true });
      await caucasus.screenshot({ path: join(dir, 'china-caucasus.png'), fullPage: true });
    }
    await close(centralAsia);
    await close(caucasus);
  });

  it('shows the facts of the 11th China–Central Asia forum, its programme and its delegations', async () => {
    const page = await open('/china-central-asia/11');
    const text = await page.locator('main').innerText();
    expect(text).toContain('Yinchuan');
    expect(text).toContain('Promoting Green Development, Building a Common Home');
    expect(text).toContain('25–28 October 2024');
    await expect(page.title()).resolves.toContain('11');
    await close(page);

    const programme = await open('/china-central-asia/11/programme');
    await expect(programme.locator('h1').textContent()).resolves.toBe(en('edition.programme'));
    expect(await programme.locator('.programme-day h3').count()).toBeGreaterThan(0);
    expect(await programme.locator('main').innerText()).toContain(en('edition.timesNote', { city: 'Yinchuan', timeZone: 'Asia/Shanghai' }));
    await close(programme);

    const delegations = await open('/china-central-asia/11/delegations');
    const delegationText = await delegations.locator('main').innerText();
    expect(delegationText).toContain('Edil Baisalov');
    expect(delegationText).toContain(en('edition.headOfDelegation'));
    await close(delegations);
  });

  it('serves the pages as complete HTML, without client JavaScript', async () => {
    const response = await fetch(`${portalUrl}/china-central-asia/11/delegations`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('Edil Baisalov');
    expect(html).toContain('Yinchuan');
  });

  it('switches the interface to Russian with ?lang=ru and keeps it in links', async () => {
    const page = await open('/china-central-asia/11?lang=ru');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ru');
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('ltr');
    await expect(page.locator('.language-switcher a[hreflang="kk"]').getAttribute('dir')).resolves.toBe('ltr');
    await expect(page.locator('.edition-nav').innerText()).resolves.toContain(ru('edition.programme'));
    await expect(page.locator('.edition-nav').innerText()).resolves.toContain(ru('edition.delegations'));
    await expect(page.locator('.edition-nav a', { hasText: ru('edition.programme') }).getAttribute('href')).resolves.toBe('/china-central-asia/11/programme?lang=ru');
    await expect(page.locator('.site-header__nav a').getAttribute('href')).resolves.toBe('/?lang=ru');
    await close(page);

    // The choice is remembered in a cookie for pages opened without ?lang=.
    const later = await open('/');
    await expect(later.locator('h1').textContent()).resolves.toBe(ru('home.title'));
    await close(later);
    await context?.clearCookies();
  });

  it('fits a 375 px wide screen without horizontal scrolling', async () => {
    const page = await open('/china-central-asia/11');
    await page.setViewportSize({ width: 375, height: 812 });
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.client).toBe(375);
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await close(page);
  });

  it('answers unknown and malformed series and editions with a 404 page, never 502 or 500', async () => {
    if (!context) throw new Error('E2E_NO_BROWSER: the browser did not start');
    for (const path of [
      '/no-such-forum',
      '/china-central-asia/99',
      '/china-central-asia/abc',
      '/Bad_Slug',
      '/Bad_Slug/11',
      '/china-central-asia/99999999999999',
      '/china-central-asia/011',
      '/china-central-asia/1e1',
      `/${'a'.repeat(300)}/11`,
    ]) {
      const page = await context.newPage();
      const response = await page.goto(`${portalUrl}${path}`);
      expect({ path, status: response?.status() }).toEqual({ path, status: 404 });
      await expect(page.locator('h1').textContent()).resolves.toBe(en('error.notFound.title'));
      await page.close();
    }
  });

  it('sends the security headers on pages and on the not-found page, with a fresh script nonce that the inline scripts carry', async () => {
    const nonces = new Set<string>();
    for (const path of ['/', '/china-central-asia/11', '/Bad_Slug/11', '/']) {
      const response = await fetch(`${portalUrl}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect({ path, csp }).toEqual({
        path,
        csp: expect.stringMatching(/^frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self' 'nonce-[A-Za-z0-9+/]{22}=='$/),
      });
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1] ?? '';
      nonces.add(nonce);
      // Every inline script of the page carries the header's nonce; none runs without it.
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? '');
      expect(scripts.length).toBeGreaterThan(0);
      for (const attributes of scripts.filter((a) => !/\bsrc=/.test(a))) expect({ path, attributes }).toEqual({ path, attributes: expect.stringContaining(`nonce="${nonce}"`) });
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
    expect(nonces.size).toBe(4);
  });

  it('explains that forum data is unavailable when the api is down', async () => {
    const closedPort = await freePort();
    const orphanPortal = await startPortal(`http://127.0.0.1:${closedPort}/graphql`, processes);
    const response = await fetch(`${orphanPortal}/china-central-asia`);
    const html = await response.text();
    expect(response.status).toBe(503);
    expect(html).toContain(en('error.unavailable.title'));
    expect(html).not.toMatch(/at .*\.js:\d+/);
  });
});
