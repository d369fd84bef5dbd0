// Browser test of the agreements registry, agreement pages, indicators dashboard and search, in
// English, Chinese, Russian, Kazakh and Georgian, against the real stack (fresh seeded PostgreSQL
// database, the built api and portal) in Chromium after scripts ran; and, over plain HTTP, the
// sitemap, robots.txt and the pages' cache validators. `UPDATE_SCREENSHOTS=1` also writes
// docs/screenshots/portal-agreements.png and portal-indicators.png.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTranslator, type Locale } from '@caravan/i18n';
import { createTestDatabase, type TestDatabase } from '@caravan/db/testing';
// '@caravan/db/seed' has no export entry of its own yet; the package's "./*" pattern reaches the folder's index.
import { seedDemo } from '@caravan/db/seed/index';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { en } from '../app/i18n/registry/en';
import { registryCatalogues, registryTranslator } from '../app/i18n/registry/registry-i18n';
import { formatIndicatorValue, formatPeriod } from '../app/lib/registry/figures';
import { assertBuilt, startApi, startPortal, type RunningProcess } from './stack';

const repoRoot = resolve(__dirname, '../../..');
const LOCALES: Locale[] = ['en', 'zh-Hans', 'ru', 'kk', 'ka'];
const SERIES = '/china-central-asia';

let database: TestDatabase | undefined;
let userDataDir: string | undefined;
let context: BrowserContext | undefined;
const processes: RunningProcess[] = [];
let portalUrl = '';
let confidentialSlug = '';

const pageErrors = new WeakMap<Page, string[]>();

async function open(path: string, expectedStatus = 200): Promise<Page> {
  if (!context) throw new Error('E2E_NO_BROWSER: the browser did not start');
  const page = await context.newPage();
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('console', (message) => {
    if (message.type() === 'error' && expectedStatus === 200) errors.push(`${path}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
  const response = await page.goto(`${portalUrl}${path}`);
  const logs = response?.status() === expectedStatus ? '' : processes.map((proc) => `--- ${proc.name}\n${proc.output().slice(-3_000)}`).join('\n');
  expect({ path, status: response?.status(), logs }).toEqual({ path, status: expectedStatus, logs: '' });
  // Client scripts hydrate after load; what counts is the page after they ran.
  await page.waitForLoadState('networkidle');
  return page;
}

async function close(page: Page): Promise<void> {
  expect(pageErrors.get(page)).toEqual([]);
  await page.close();
}

const withLang = (path: string, locale: Locale) => `${path}${path.includes('?') ? '&' : '?'}lang=${locale}`;
const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

/** The registry's English UI phrases found on a page in another language, outside texts marked as in another language. */
async function englishLeft(page: Page, locale: Locale): Promise<string[]> {
  if (locale === 'en') return [];
  const catalogue = registryCatalogues[locale];
  const phrases = Object.entries(en)
    .filter(([key, message]) => !message.includes('{') && message.length >= 8 && catalogue[key as keyof typeof en] !== message)
    .map(([, message]) => message);
  const own = await page.locator('main').evaluate((main, pageLang) => {
    const copy = main.cloneNode(true) as HTMLElement;
    for (const foreign of copy.querySelectorAll('[lang]')) if (foreign.getAttribute('lang') !== pageLang) foreign.remove();
    return copy.textContent ?? '';
  }, locale);
  return phrases.filter((phrase) => own.includes(phrase));
}

beforeAll(async () => {
  assertBuilt();
  database = await createTestDatabase();
  const prisma = database.db.prisma;
  await seedDemo(prisma);

  // The follow-up story of one agreement across two editions, as organizers would report it.
  const samarkand = await prisma.agreement.findFirstOrThrow({ where: { slug: 'sister-ningxia-samarkand' } });
  const twelfth = await prisma.edition.findFirstOrThrow({ where: { number: 12, series: { slug: 'china-central-asia' } } });
  await prisma.agreementMilestone.createMany({
    data: [
      { agreementId: samarkand.id, editionId: samarkand.editionId, date: new Date('2025-03-01T00:00:00Z'), status: 'IN_IMPLEMENTATION', note: { en: 'First exchange of delegations', ru: 'Первый обмен делегациями' } },
      { agreementId: samarkand.id, editionId: twelfth.id, date: new Date('2026-09-15T00:00:00Z'), status: 'COMPLETED', note: { en: 'Joint programme concluded' } },
    ],
  });
  await prisma.agreement.update({ where: { id: samarkand.id }, data: { status: 'COMPLETED' } });
  confidentialSlug = (await prisma.agreement.findFirstOrThrow({ where: { confidential: true, published: true }, orderBy: { slug: 'asc' } })).slug;
  // A body every series shares, named in Georgian and Armenian script as well.
  await prisma.organization.create({
    data: { slug: 'silk-road-chamber', kind: 'BUSINESS_ASSOCIATION', name: { en: 'Silk Road Chamber of Commerce', ka: 'აბრეშუმის გზის სავაჭრო პალატა', hy: 'Մետաքսի ճանապարհի առևտրի պալատ' } },
  });

  portalUrl = await startPortal(await startApi(database.url, processes), processes);
  userDataDir = mkdtempSync(join(tmpdir(), 'caravan-e2e-registry-'));
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

describe('agreements, indicators and search in Chromium', () => {
  it.each(LOCALES)('lists the agreements with totals and disclosed values only (%s)', async (locale) => {
    const t = registryTranslator(locale);
    const page = await open(withLang(`${SERIES}/agreements`, locale));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(locale);
    await expect(text(page, 'h1')).resolves.toBe(t('agreements.title'));
    // Formatted on the server and left alone by the browser (whose Intl lacks Kazakh and Georgian).
    await expect(text(page, '.registry-count')).resolves.toBe(t('agreements.count', { count: 35 }));
    await expect(page.locator('.agreement-card').count()).resolves.toBe(35);
    const confidential = page.locator('.agreement-card', { has: page.locator(`a[href*="/${confidentialSlug}"]`) });
    await expect(confidential.locator('.agreement-value').innerText()).resolves.toBe(t('agreements.valueConfidential'));
    await expect(page.locator('#totals-by-type tbody tr').count()).resolves.toBeGreaterThan(1);
    await expect(page.locator('#totals-by-country tbody tr').count()).resolves.toBeGreaterThan(1);
    await expect(englishLeft(page, locale)).resolves.toEqual([]);
    if (process.env['UPDATE_SCREENSHOTS'] === '1' && locale === 'ru') await page.screenshot({ path: join(repoRoot, 'docs/screenshots/portal-agreements.png') });
    await close(page);
  });

  it('filters by the address and by the form, keeping the language', async () => {
    const t = registryTranslator('kk');
    const filtered = await open(`${SERIES}/agreements?type=sister-city&country=uz&edition=11&lang=kk`);
    await expect(filtered.locator('.agreement-card').count()).resolves.toBe(3);
    await expect(text(filtered, '.registry-count')).resolves.toBe(t('agreements.count', { count: 3 }));
    await expect(filtered.locator('select[name="type"]').inputValue()).resolves.toBe('sister-city');
    await close(filtered);

    const page = await open(`${SERIES}/agreements?lang=kk`);
    await page.locator('select[name="status"]').selectOption('completed');
    await page.locator('.registry-filters button[type="submit"]').click();
    await page.waitForURL(/status=completed/);
    // With scripts, Remix fetches the new data and then renders it: wait for the page to show it.
    await page.locator('.registry-count', { hasText: t('agreements.count', { count: 1 }) }).waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('kk');
    await expect(page.locator('.agreement-card').count()).resolves.toBe(1);
    await expect(page.locator('.agreement-card a').first().getAttribute('href')).resolves.toBe(`${SERIES}/agreements/11/sister-ningxia-samarkand?lang=kk`);
    await close(page);
  });

  it.each(LOCALES)("tells an agreement's story across editions: parties, signing session, milestones (%s)", async (locale) => {
    const t = registryTranslator(locale);
    const page = await open(withLang(`${SERIES}/agreements/11/sister-ningxia-samarkand`, locale));
    const parties = await page.locator('.agreement-party-list li').allInnerTexts();
    expect(parties).toHaveLength(2);
    await expect(page.locator('.agreement-session').count()).resolves.toBe(1);
    const steps = await page.locator('.milestone .milestone-status').allInnerTexts();
    expect(steps).toEqual([t('status.SIGNED'), t('status.IN_IMPLEMENTATION'), t('status.COMPLETED')]);
    await expect(page.locator('.milestone').nth(2).innerText()).resolves.toContain(t('agreement.reportedAt', { number: 12 }));
    await expect(englishLeft(page, locale)).resolves.toEqual([]);
    await close(page);
  });

  it('never shows the value of a confidential agreement', async () => {
    const page = await open(`${SERIES}/agreements/11/${confidentialSlug}?lang=ru`);
    await expect(text(page, '.agreement-facts .agreement-value')).resolves.toBe(registryTranslator('ru')('agreements.valueConfidential'));
    await close(page);
  });

  it.each(LOCALES)('charts each indicator as accessible SVG with a table, its source and year (%s)', async (locale) => {
    const t = registryTranslator(locale);
    const page = await open(withLang(`${SERIES}/indicators`, locale));
    const figures = page.locator('figure.indicator');
    await expect(figures.count()).resolves.toBe(4);
    const trade = figures.filter({ has: page.locator('#cn-central-asia-trade-turnover-name') });
    const chart = trade.locator('svg[role="img"]');
    await expect(chart.getAttribute('aria-labelledby')).resolves.toBe('cn-central-asia-trade-turnover-chart-title cn-central-asia-trade-turnover-chart-description');
    const over89 = t('qualifier.over', { value: formatIndicatorValue('89000000000.00', 'USD', locale) });
    const period = formatPeriod('2024-01/2024-09', locale);
    await expect(chart.locator('desc').textContent()).resolves.toContain(over89);
    await expect(chart.locator('rect').count()).resolves.toBe(2);
    // The table alternative holds the same figures, written as the server wrote them.
    const rows = await trade.locator('tbody tr').allInnerTexts();
    expect(rows[0]).toContain(over89);
    expect(rows[1]).toContain(period);
    expect(rows[1]).toContain(formatIndicatorValue('69000000000.00', 'USD', locale));
    await expect(trade.locator('.indicator-source').innerText()).resolves.toMatch(new RegExp(`${t('indicators.source')}: .+\\(2023, 2024\\)`));
    await expect(englishLeft(page, locale)).resolves.toEqual([]);
    if (process.env['UPDATE_SCREENSHOTS'] === '1' && locale === 'kk') await page.screenshot({ path: join(repoRoot, 'docs/screenshots/portal-indicators.png') });
    await close(page);
  });

  it.each([
    ['Baisalov', 'en', 'Edil Baisalov'],
    ['Байсалов', 'ru', 'Эдиль Байсалов'],
    ['拜萨洛夫', 'zh-Hans', null],
    ['სავაჭრო პალატა', 'ka', 'აბრეშუმის გზის სავაჭრო პალატა'],
    ['Մետաքսի', 'kk', null],
  ] as const)('finds %s in its own script (%s)', async (query, locale, title) => {
    const page = await open(`${SERIES}/search?q=${encodeURIComponent(query)}&lang=${locale}`);
    const hits = page.locator('.search-hit');
    expect(await hits.count()).toBeGreaterThan(0);
    const shown = await hits.first().innerText();
    if (title) expect(shown).toContain(title);
    // A search in another script than the page's shows the spelling that was found.
    if (!title) expect(shown).toContain(query);
    await expect(page.locator('input[name="q"]').inputValue()).resolves.toBe(query);
    await close(page);
  });

  it('takes any input: long, control characters, markup, other scripts', async () => {
    const t = registryTranslator('ka');
    for (const query of ['名'.repeat(1_000), 'a\u0000b\u202e', '<script>alert(1)</script>', "'; DROP TABLE \"Person\"; --", '%_\\', '😀'.repeat(300), ' ']) {
      const page = await open(`${SERIES}/search?q=${encodeURIComponent(query)}&lang=ka`);
      await expect(page.locator('h1').innerText()).resolves.toBe(t('search.title'));
      await expect(page.locator('script:not([src])', { hasText: 'alert(1)' }).count()).resolves.toBe(0);
      await close(page);
    }
    const long = await open(`${SERIES}/search?q=${encodeURIComponent('名'.repeat(1_000))}&lang=ka`);
    await expect(long.locator('.notice').innerText()).resolves.toBe(t('search.shortened'));
    await close(long);
  });

  it('answers unknown filter values, agreements and kinds with the 404 page, never 500 or 502', async () => {
    const notFoundTitle = createTranslator('ru')('error.notFound.title');
    for (const path of [
      `${SERIES}/agreements?type=bogus`,
      `${SERIES}/agreements?type=SISTER_CITY`,
      `${SERIES}/agreements?status=done`,
      `${SERIES}/agreements?country=ge`,
      `${SERIES}/agreements?country=xyz`,
      `${SERIES}/agreements?track=no-such-track`,
      `${SERIES}/agreements?edition=99`,
      `${SERIES}/agreements?edition=abc`,
      `${SERIES}/agreements?after=not-a-cursor`,
      `${SERIES}/agreements/11/no-such-agreement`,
      `${SERIES}/agreements/12/sister-ningxia-samarkand`,
      `${SERIES}/agreements/011/sister-ningxia-samarkand`,
      `${SERIES}/agreements/11/Bad_Slug`,
      `/no-such-forum/agreements`,
      `/no-such-forum/indicators`,
      `/Bad_Slug/search?q=x`,
      `${SERIES}/search?q=x&kind=venue`,
    ]) {
      const page = await open(withLang(path, 'ru'), 404);
      await expect(page.locator('h1').textContent()).resolves.toBe(notFoundTitle);
      await page.close();
    }
  });
});

describe('web plumbing over HTTP', () => {
  it('serves sitemap.xml with every public page and robots.txt pointing to it', async () => {
    const sitemap = await fetch(`${portalUrl}/sitemap.xml`);
    expect(sitemap.status).toBe(200);
    expect(sitemap.headers.get('content-type')).toContain('application/xml');
    const xml = await sitemap.text();
    for (const path of ['/', '/china-central-asia', '/china-central-asia/11', '/china-central-asia/agreements', '/china-central-asia/indicators', '/china-central-asia/agreements/11/sister-ningxia-samarkand', '/china-caucasus']) {
      expect(xml).toContain(`<loc>${portalUrl}${path}</loc>`);
    }
    expect(xml.match(/<loc>[^<]*\/agreements\/11\//g)).toHaveLength(35);
    expect(xml).toContain(`hreflang="ka" href="${portalUrl}/china-central-asia?lang=ka"`);

    const robots = await fetch(`${portalUrl}/robots.txt`);
    expect(robots.headers.get('content-type')).toContain('text/plain');
    const body = await robots.text();
    expect(body).toContain(`Sitemap: ${portalUrl}/sitemap.xml`);
    expect(body).toContain('Disallow: /application/');
  });

  it('sends Cache-Control with stale-while-revalidate and an ETag, and answers a repeated request 304', async () => {
    for (const path of [`${SERIES}/agreements`, `${SERIES}/agreements/11/sister-ningxia-samarkand`, `${SERIES}/indicators`, `${SERIES}/search?q=Baisalov`, SERIES, '/']) {
      const first = await fetch(`${portalUrl}${path}`);
      expect({ path, status: first.status }).toEqual({ path, status: 200 });
      expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
      // The language follows these headers too (the server adds Accept-Encoding for compression).
      expect(first.headers.get('vary')).toMatch(/^Accept-Language, Cookie\b/);
      const etag = first.headers.get('etag') ?? '';
      expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
      await first.text();

      const again = await fetch(`${portalUrl}${path}`, { headers: { 'If-None-Match': etag } });
      expect({ path, status: again.status }).toEqual({ path, status: 304 });
      expect(again.headers.get('etag')).toBe(etag);
      // No new script nonce: the browser keeps the page it has with the headers stored with it.
      expect(again.headers.get('content-security-policy')).toBeNull();
      await expect(again.text()).resolves.toBe('');

      const stale = await fetch(`${portalUrl}${path}`, { headers: { 'If-None-Match': 'W/"something-else"' } });
      expect(stale.status).toBe(200);
      await stale.text();
    }
  });

  it('gives each language its own ETag, once the language cookie is set', async () => {
    const chosen = await fetch(`${portalUrl}${SERIES}/agreements?lang=kk`);
    // The answer that sets the cookie is this visitor's own: not for shared caches.
    const cookie = (chosen.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^caravan_lang=/);
    expect(chosen.headers.get('etag')).toBeNull();
    await chosen.text();
    const kk = await fetch(`${portalUrl}${SERIES}/agreements?lang=kk`, { headers: { Cookie: cookie } });
    const ru = await fetch(`${portalUrl}${SERIES}/agreements?lang=ru`, { headers: { Cookie: cookie } });
    const kkEtag = kk.headers.get('etag');
    expect(kkEtag).toMatch(/^W\//);
    expect(ru.headers.get('etag')).toBeNull();
    await Promise.all([kk.text(), ru.text()]);
    const revalidated = await fetch(`${portalUrl}${SERIES}/agreements?lang=kk`, { headers: { Cookie: cookie, 'If-None-Match': kkEtag ?? '' } });
    expect(revalidated.status).toBe(304);
  });

  it('keeps pages with forms and error pages out of shared caches', async () => {
    const form = await fetch(`${portalUrl}/china-central-asia/12/register`);
    expect(form.status).toBe(200);
    expect(form.headers.get('etag')).toBeNull();
    expect(form.headers.get('cache-control') ?? '').not.toContain('public');
    await form.text();
    const missing = await fetch(`${portalUrl}${SERIES}/agreements?type=bogus`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('etag')).toBeNull();
    await missing.text();
  });
});
