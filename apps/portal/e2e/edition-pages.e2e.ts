// Browser test of an edition's pages (overview, programme, session, speakers, a speaker, delegations,
// statements) and the series timeline, in English, Chinese, Russian, Kazakh and Georgian, against the
// real stack: a fresh seeded PostgreSQL database, the built api (its answer cache off, so that the
// test's own change to the data shows at once) and the built portal, driven by Debian's Chromium.
// What counts is the page after its scripts ran: the dates the server wrote in Kazakh must survive
// hydration, and no English UI text may be left on a page in another language.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { catalogues, createTranslator, en as english, type Locale } from '@caravan/i18n';
import { createTestDatabase, type TestDatabase } from '@caravan/db/testing';
import { seedDemo } from '@caravan/db/seed/index';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { assertBuilt, startApi, startPortal, type RunningProcess } from './stack';

const LOCALES = ['en', 'zh-Hans', 'ru', 'kk', 'ka'] as const satisfies readonly Locale[];
const EDITION = '/china-central-asia/11';
const PAGES = [
  '/china-central-asia',
  EDITION,
  `${EDITION}/programme`,
  `${EDITION}/programme?day=2024-10-26&kind=SUB_FORUM`,
  `${EDITION}/sessions/opening-plenary`,
  `${EDITION}/speakers`,
  `${EDITION}/speakers/edil-baisalov`,
  `${EDITION}/delegations`,
  `${EDITION}/statements`,
];

let database: TestDatabase | undefined;
let userDataDir: string | undefined;
let context: BrowserContext | undefined;
const processes: RunningProcess[] = [];
let portalUrl = '';
let apiUrl = '';

const pageErrors = new WeakMap<Page, string[]>();

/** With UPDATE_SCREENSHOTS=1, writes the README's picture of a page (docs/screenshots/<name>.png). */
async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env['UPDATE_SCREENSHOTS'] !== '1') return;
  const dir = resolve(__dirname, '../../../docs/screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

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
  // Hydration runs after load: wait for it, so that what is checked is what a person sees.
  await page.waitForLoadState('networkidle');
  return page;
}

async function close(page: Page): Promise<void> {
  expect(pageErrors.get(page)).toEqual([]);
  await page.close();
}

const withLang = (path: string, locale: Locale) => `${path}${path.includes('?') ? '&' : '?'}lang=${locale}`;

/** The page's text in its own language: what elements marked with another language hold (fallback content, the language menu) is left out. */
async function ownLanguageText(page: Page, locale: Locale): Promise<string> {
  return page.evaluate((pageLocale) => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const element of [...body.querySelectorAll('[lang]')]) if (element.getAttribute('lang') !== pageLocale) element.remove();
    for (const element of [...body.querySelectorAll('script, style')]) element.remove();
    return body.textContent ?? '';
  }, locale);
}

// English UI texts that a translated page must not show: every catalogue message the locale words
// differently, as its literal parts (the text around {arguments}), plus English month and day names.
function englishLeftovers(text: string, locale: Locale): string[] {
  const own = catalogues[locale];
  const found = new Set<string>();
  for (const [key, message] of Object.entries(english) as [keyof typeof english, string][]) {
    if (own[key] === message) continue;
    for (const part of message.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/)) {
      const literal = part.trim().replace(/[.:(),]+$/, '').trim();
      if (literal.split(/\s+/).length >= 2 && text.includes(literal)) found.add(literal);
    }
    if (!message.includes('{') && message.length >= 4 && new RegExp(`(^|[^\\p{L}])${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text)) found.add(message);
  }
  for (const match of text.matchAll(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun|January|February|March|April|June|July|August|September|October|November|December)\b/g)) found.add(match[0]);
  return [...found].sort();
}

beforeAll(async () => {
  assertBuilt();
  database = await createTestDatabase();
  await seedDemo(database.db.prisma);
  apiUrl = await startApi(database.url, processes, { PUBLIC_CACHE_TTL_SECONDS: '0' });
  portalUrl = await startPortal(apiUrl, processes);
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

// A page opened with ?lang= sets the language cookie; each test starts from the browser's default.
beforeEach(async () => {
  await context?.clearCookies();
});

describe('edition pages in Chromium', () => {
  it.each(LOCALES)('shows every page in %s, with no English UI text left after hydration', async (locale) => {
    for (const path of PAGES) {
      const page = await open(withLang(path, locale));
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(locale);
      expect({ path, h1: (await page.locator('h1').count()) === 1 }).toEqual({ path, h1: true });
      if (locale !== 'en') expect({ path, english: englishLeftovers(await ownLanguageText(page, locale), locale) }).toEqual({ path, english: [] });
      await close(page);
    }
  });

  it('keeps the Kazakh dates the server wrote once the page has hydrated', async () => {
    const kk = createTranslator('kk');
    const page = await open(`${EDITION}/programme?lang=kk`);
    const main = await page.locator('main').innerText();
    expect(main).toContain('2024 ж.');
    expect(main).toContain('қазан');
    expect(main).not.toMatch(/M10|\bFri\b|\bSat\b/);
    // The day headings are the server's full Kazakh dates, weekday included.
    await expect(page.locator('.programme-day h3').first().innerText()).resolves.toMatch(/2024 ж\. 25 қазан, жұма/);
    await expect(page.locator('h1').innerText()).resolves.toBe(kk('edition.programme'));
    await screenshot(page, 'portal-programme-kk');
    await close(page);

    // Amounts keep the server's Kazakh grouping ("11 200 000 000 CNY"), which the browser would write "CNY 11,200,000,000".
    const series = await open('/china-central-asia?lang=kk');
    const figures = await series.locator('.timeline__edition[data-edition="11"] .figures').innerText();
    expect(figures).toMatch(/\d{1,3}(?:[ \u00a0\u202f]\d{3})+[ \u00a0]CNY/);
    expect(figures).not.toMatch(/CNY \d|\d,\d{3}/);
    await close(series);
  });

  it('marks content shown in a fallback language with its own lang attribute', async () => {
    // The seed has no Kazakh or Georgian session titles: they are shown in the language the api fell back to.
    for (const locale of ['kk', 'ka'] as const) {
      const page = await open(`${EDITION}/sessions/opening-plenary?lang=${locale}`);
      const titleLang = await page.locator('h1 [lang]').getAttribute('lang');
      expect(titleLang).not.toBeNull();
      expect(titleLang).not.toBe(locale);
      if (locale === 'ka') {
        // The series has no Georgian name: inside the Georgian edition title it is marked as English.
        const seriesName = page.locator('.edition-subtitle [lang]');
        await expect(seriesName.textContent()).resolves.toBe('China–Central Asia Cooperation Forum');
        await expect(seriesName.getAttribute('lang')).resolves.toBe('en');
      }
      await close(page);
    }
  });

  it('filters the programme through its URL, and keeps the filters when the language changes', async () => {
    const page = await open(`${EDITION}/programme?day=2024-10-26&kind=SUB_FORUM`);
    const kinds = await page.locator('.programme .session').evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['SUB_FORUM']));
    await expect(page.locator('.programme-day').count()).resolves.toBe(1);
    await expect(page.locator('select[name="kind"]').inputValue()).resolves.toBe('SUB_FORUM');
    const switcher = await page.locator('.language-switcher a[hreflang="kk"]').getAttribute('href');
    expect(switcher).toBe('/china-central-asia/11/programme?day=2024-10-26&kind=SUB_FORUM&lang=kk');

    // The form works: choosing a room narrows the list to that room's sessions.
    await page.locator('select[name="kind"]').selectOption('');
    await page.locator('select[name="room"]').selectOption('main-hall');
    await page.locator('.programme-filters button[type="submit"]').click();
    await page.locator('.active-filters .chip', { hasText: 'Main Hall' }).waitFor();
    expect(new URL(page.url()).searchParams.get('room')).toBe('main-hall');
    expect(new URL(page.url()).searchParams.get('kind') ?? '').toBe('');
    const rooms = await page.locator('.programme .session').count();
    expect(rooms).toBeGreaterThan(0);
    await expect(page.locator('.programme .session', { hasNotText: 'Main Hall' }).count()).resolves.toBe(0);
    await close(page);
  });

  it('links each session to its page, with add to calendar for the session and the edition feed', async () => {
    const programme = await open(`${EDITION}/programme`);
    await programme.locator('.session[data-session="opening-plenary"] .session__title a').click();
    await programme.locator('h1', { hasText: 'Opening plenary session' }).waitFor();
    expect(new URL(programme.url()).pathname).toBe(`${EDITION}/sessions/opening-plenary`);
    const main = await programme.locator('main').innerText();
    for (const text of ['Opening plenary session', 'Shen Yueyue', 'Main Hall', 'Keynote address by Shen Yueyue', 'Edil Baisalov']) expect(main).toContain(text);
    expect(main).toMatch(/English, Simplified Chinese,? and Russian/);

    const sessionFile = await programme.locator('a[href$="/calendar.ics"]').getAttribute('href');
    const ics = await fetch(`${portalUrl}${sessionFile}`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = await ics.text();
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    // 09:00 in Yinchuan (UTC+8) is 01:00 UTC.
    expect(calendar).toContain('DTSTART:20241026T010000Z');
    expect(calendar).toMatch(/UID:[^\r\n]+@china-central-asia\.caravan/);

    const subscribe = await programme.locator('a[href^="webcal:"]').getAttribute('href');
    const feed = await fetch(subscribe?.replace(/^webcal:/, 'http:') ?? '');
    expect(feed.status).toBe(200);
    const feedText = await feed.text();
    // The session's own file and the feed name the same event, so a calendar keeps one entry.
    const uid = /UID:([^\r\n]+)/.exec(calendar)?.[1] ?? 'none';
    expect(feedText).toContain(`UID:${uid}`);
    await close(programme);
  });

  it('lists the speakers and shows a profile with their sessions, statement and delegation', async () => {
    const page = await open(`${EDITION}/speakers?lang=ru`);
    const names = await page.locator('.speaker-index h2').allInnerTexts();
    expect(names).toContain('Шэнь Юэюэ');
    expect(names).toContain('Эдиль Байсалов');
    await page.locator('.speaker-index a', { hasText: 'Эдиль Байсалов' }).click();
    // A client-side navigation: the address changes before the new page is rendered; wait for the page itself.
    await page.locator('h1', { hasText: 'Эдиль Байсалов' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`${EDITION}/speakers/edil-baisalov`);
    const profile = await page.locator('main').innerText();
    expect(profile).toContain('Заместитель Председателя Кабинета министров Кыргызской Республики');
    expect(profile).toContain('Открытие и пленарное заседание');
    expect(profile).toContain('возобновляемой энергетике');
    expect(profile).toContain(createTranslator('ru')('edition.headOfDelegation'));
    await close(page);
  });

  it('shows the delegations in protocol order with their heads, and the heads’ statements', async () => {
    const page = await open(`${EDITION}/delegations?lang=zh-Hans`);
    const delegations = await page.locator('.delegation-list > li h2').allInnerTexts();
    expect(delegations).toHaveLength(5);
    await expect(page.locator('.delegation-list').innerText()).resolves.toContain('埃迪尔·拜萨洛夫');
    await close(page);

    const statements = await open(`${EDITION}/statements?lang=ka`);
    const text = await statements.locator('main').innerText();
    expect(await statements.locator('.statement-list > li').count()).toBe(5);
    expect(text).toContain(createTranslator('ka')('edition.headOfDelegation'));
    await close(statements);
  });

  it('shows the series as a timeline with each edition’s figures', async () => {
    const page = await open('/china-central-asia?lang=ru');
    const eleventh = page.locator('.timeline__edition[data-edition="11"]');
    const text = await eleventh.innerText();
    const ru = createTranslator('ru');
    expect(text).toContain(ru('edition.delegationCount', { count: 5 }));
    expect(text).toContain(ru('series.agreements'));
    expect(text).toContain(ru('series.disclosedValue'));
    expect(text).toMatch(/CNY/);
    // Oldest first.
    const numbers = await page.locator('.timeline__edition').evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-edition'))));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    await close(page);
  });

  it('gives each page its title, description, canonical URL, hreflang alternates and, for events, JSON-LD', async () => {
    const page = await open(`${EDITION}/sessions/opening-plenary?lang=ka`);
    await expect(page.title()).resolves.toContain('·');
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(`${portalUrl}${EDITION}/sessions/opening-plenary?lang=ka`);
    await expect(page.locator('link[rel="alternate"][hreflang]').count()).resolves.toBe(12);
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]').getAttribute('href')).resolves.toBe(`${portalUrl}${EDITION}/sessions/opening-plenary`);
    expect((await page.locator('meta[name="description"]').getAttribute('content'))?.length).toBeGreaterThan(10);
    const session = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
    expect(session).toMatchObject({ '@type': 'Event', startDate: '2024-10-26T01:00:00.000Z', superEvent: { '@type': 'Event' } });
    // Georgian is no language of this region, yet the menu shows it as the current one.
    await expect(page.locator('.language-switcher a[aria-current="true"]').getAttribute('hreflang')).resolves.toBe('ka');
    await screenshot(page, 'portal-session-ka');
    await close(page);

    const edition = await open(EDITION);
    const event = JSON.parse((await edition.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
    expect(event).toMatchObject({ '@type': 'Event', startDate: '2024-10-25', endDate: '2024-10-28', location: { name: 'Yinchuan' } });
    await close(edition);
  });

  it('prints the programme without navigation or filters', async () => {
    const page = await open(`${EDITION}/programme`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.edition-nav', '.programme-filters', '.language-switcher']) {
      await expect(page.locator(selector).first().isVisible()).resolves.toBe(false);
    }
    await expect(page.locator('.programme .session').first().isVisible()).resolves.toBe(true);
    await close(page);
  });

  it('answers unknown sessions, speakers and filter values with the themed 404, and an unknown language politely', async () => {
    for (const path of [
      `${EDITION}/sessions/no-such-session`,
      `${EDITION}/sessions/Opening_Plenary`,
      `${EDITION}/speakers/no-such-person`,
      `${EDITION}/programme?day=2030-01-01`,
      `${EDITION}/programme?kind=plenary`,
      `${EDITION}/programme?room=${encodeURIComponent('<script>')}`,
      `${EDITION}/programme?track=no-such-track`,
      `${EDITION}/programme?language=xx`,
      `${EDITION}/programme?day=2024-10-26&day=2024-10-27`,
      '/china-central-asia/99/programme',
      '/Bad_Slug/11/speakers',
      `${EDITION}/sessions/opening-plenary/calendar.ics/extra`,
    ]) {
      const page = await open(path, 404);
      await expect(page.locator('h1').textContent()).resolves.toBe(english['error.notFound.title']);
      await expect(page.locator('body').getAttribute('data-theme')).resolves.toBeTruthy();
      await page.close();
    }
    const calendar = await fetch(`${portalUrl}${EDITION}/sessions/no-such-session/calendar.ics`);
    expect(calendar.status).toBe(404);

    const klingon = await open(`${EDITION}/programme?lang=x-klingon`);
    await expect(klingon.locator('html').getAttribute('lang')).resolves.toBe('en');
    await close(klingon);
  });

  it('shows what is on now and next while the edition is LIVE', async () => {
    if (!database) throw new Error('E2E_NO_DATABASE');
    const { prisma } = database.db;
    const edition = await prisma.edition.findFirstOrThrow({ where: { number: 11, series: { slug: 'china-central-asia' } } });
    const now = Date.now();
    await prisma.edition.update({ where: { id: edition.id }, data: { status: 'LIVE' } });
    // The closing session is under way; the site visit starts next.
    await prisma.session.update({ where: { editionId_slug: { editionId: edition.id, slug: 'closing-session' } }, data: { startsAt: new Date(now - 30 * 60_000), endsAt: new Date(now + 60 * 60_000) } });
    await prisma.session.update({
      where: { editionId_slug: { editionId: edition.id, slug: 'site-visit-yellow-river' } },
      data: { startsAt: new Date(now + 2 * 3_600_000), endsAt: new Date(now + 4 * 3_600_000) },
    });
    const page = await open(`${EDITION}/programme?lang=kk`);
    const kk = createTranslator('kk');
    await expect(page.locator('#now-next').textContent()).resolves.toBe(kk('programme.nowAndNext'));
    const sessions = await page.locator('.now-next .session').evaluateAll((items) => items.map((item) => item.getAttribute('data-session')));
    expect(sessions).toEqual(['closing-session', 'site-visit-yellow-river']);
    await close(page);
  });
});
