// Browser test of the organizer console against the real stack: a fresh PostgreSQL database with
// the demo seed, the built api and the built console, driven by Debian's Chromium.
import { randomUUID } from 'node:crypto';
import { createCaravanClient } from '@caravan/sdk';
import type { Page } from 'playwright-core';
import { consoleTranslator } from '../app/i18n/console-i18n';
import { field, screenshot, seriousViolations, startConsoleStack, submitSignIn, type ConsolePages, type ConsoleStack } from './console-browser';

const SERIES = 'china-central-asia';
const PROGRAMME = `/series/${SERIES}/editions/11/programme`;
const ADMIN = { email: 'cca-organizer@caravan.local', password: 'caravan-cca' };
const EDITOR = { email: `editor-${randomUUID().slice(0, 8)}@caravan.local`, password: 'a-long-editor-password', displayName: 'Programme Editor' };
const en = consoleTranslator('en');
const ru = consoleTranslator('ru');

let stack: ConsoleStack | undefined;
let pages: ConsolePages;
let apiUrl = '';
/** Serious or critical axe findings per page type, checked together at the end. */
const accessibility: Record<string, unknown[]> = {};

const browser = () => {
  if (!stack) throw new Error('E2E_NO_STACK: the stack did not start');
  return stack.browser();
};

async function checkAxe(name: string, page: Page): Promise<void> {
  accessibility[name] = await seriousViolations(page);
}

async function selectRoom(page: Page, name: string): Promise<void> {
  const room = field(page, en('session.room'));
  await room.selectOption((await room.locator('option', { hasText: name }).getAttribute('value')) ?? '');
}

const adminApi = () => {
  if (!stack) throw new Error('E2E_NO_STACK: the stack did not start');
  return stack.signedInApi(ADMIN);
};

/** The refresh token inside the browser's signed session cookie (base64 JSON before the signature). */
async function sessionRefreshToken(): Promise<string> {
  const cookie = (await browser().cookies(pages.baseUrl)).find((candidate) => candidate.name === 'caravan_console');
  const encoded = decodeURIComponent(cookie?.value ?? '').split('.')[0] ?? '';
  const session = JSON.parse(decodeURIComponent(escape(Buffer.from(encoded, 'base64').toString('binary')))) as { refreshToken?: string };
  if (!session.refreshToken) throw new Error('E2E_NO_SESSION: the console session cookie holds no refresh token');
  return session.refreshToken;
}

async function newestAuditEntry(): Promise<string | undefined> {
  const trail = await (await adminApi()).query.auditTrail({ series: SERIES, first: 1 });
  return trail.edges[0]?.cursor;
}

beforeAll(async () => {
  stack = await startConsoleStack();
  pages = stack.pages;
  apiUrl = stack.apiUrl;
});

afterAll(async () => {
  await stack?.stop();
});

describe('organizer console in Chromium', () => {
  it('sends the security headers, and HSTS and Secure cookies in production', async () => {
    const response = await fetch(`${pages.baseUrl}/sign-in`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/^frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self' 'nonce-[A-Za-z0-9+/]{22}=='$/);
    // The page's inline scripts carry the nonce of its header, and the next page gets another one.
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1] ?? '';
    const inline = [...(await response.text()).matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? '').filter((attributes) => !/\bsrc=/.test(attributes));
    expect(inline.length).toBeGreaterThan(0);
    for (const attributes of inline) expect(attributes).toContain(`nonce="${nonce}"`);
    expect((await fetch(`${pages.baseUrl}/sign-in`)).headers.get('content-security-policy')).not.toBe(csp);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    const cookies = response.headers.getSetCookie();
    expect(cookies.length).toBeGreaterThan(0);
    for (const cookie of cookies) expect(cookie).toMatch(/; Secure/i);
  });

  it('sends a visitor to sign-in, then signs the series admin in and shows the dashboard', async () => {
    const { page: signIn } = await pages.open(`/series/${SERIES}`);
    expect(new URL(signIn.url()).pathname).toBe('/sign-in');
    await checkAxe('sign-in', signIn);
    // A wrong password comes back on the form with the email kept.
    await signIn.getByLabel(/^Email/).fill(ADMIN.email);
    await signIn.getByLabel(/^Password/).fill('wrong-password');
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await signIn.locator('.error-summary').waitFor();
    await expect(signIn.getByLabel(/^Email/).inputValue()).resolves.toBe(ADMIN.email);
    // Signing in leads back to the page asked for (the address keeps it in its query).
    await submitSignIn(signIn, ADMIN.email, ADMIN.password);
    expect(new URL(signIn.url()).pathname).toBe(`/series/${SERIES}`);
    await expect(signIn.locator('h1').textContent()).resolves.toBe('China–Central Asia Cooperation Forum');
    const edition = signIn.locator('.edition-card', { hasText: en('dashboard.editionTitle', { number: 11, city: 'Yinchuan' }) });
    await expect(edition.locator('dt').allTextContents()).resolves.toEqual([en('dashboard.sessions'), en('dashboard.delegations'), en('dashboard.agreements'), en('dashboard.applications')]);
    expect(Number(await edition.locator('dd').first().textContent())).toBeGreaterThan(0);
    await expect(signIn.locator('.console-nav a', { hasText: en('nav.team') }).count()).resolves.toBe(1);
    await checkAxe('dashboard', signIn);
    await screenshot(signIn, 'dashboard');
    expect(pages.errorsOf(signIn)).toEqual([]);
    await signIn.close();
  });

  it('clones the 11th edition with its sessions’ skeleton onto new dates; the draft shows on the dashboard', async () => {
    const { page } = await pages.open(`/series/${SERIES}/editions/11/clone`);
    await checkAxe('clone', page);
    const number = Number(await field(page, en('edition.number')).inputValue());
    // No start day: refused beside the field, nothing created.
    await page.getByRole('button', { name: en('clone.submit') }).click();
    await page.locator('.error-summary').waitFor();
    await expect(page.locator('.field--invalid', { has: field(page, en('edition.startDate')) }).count()).resolves.toBe(1);
    const prisma = stack?.database.db.prisma;
    if (!prisma) throw new Error('E2E_NO_STACK: the stack did not start');
    await expect(prisma.edition.count({ where: { number, series: { slug: SERIES } } })).resolves.toBe(0);
    await field(page, en('edition.startDate')).fill('2027-10-25');
    await page.locator('input[name=withSessions]').check();
    await Promise.all([page.waitForURL((url) => url.pathname === `/series/${SERIES}`), page.getByRole('button', { name: en('clone.submit') }).click()]);
    await page.locator('.notice', { hasText: en('clone.done', { number, from: 11 }) }).waitFor();
    // The clone is a draft: listed for its organizers, marked as such, with the 11th's length and skeleton.
    const card = page.locator('.edition-card', { hasText: en('dashboard.editionTitle', { number, city: 'Yinchuan' }) });
    await expect(card.textContent()).resolves.toContain(en('dashboard.draft'));
    const [source, clone] = await Promise.all(
      [11, number].map((n) => prisma.edition.findFirstOrThrow({ where: { number: n, series: { slug: SERIES } }, include: { _count: { select: { sessions: true, tracks: true } } } })),
    );
    if (!source || !clone) throw new Error('E2E_NO_EDITION: an edition is missing');
    expect(clone.published).toBe(false);
    expect(clone.startDate?.toISOString().slice(0, 10)).toBe('2027-10-25');
    const days = (edition: { startDate: Date | null; endDate: Date | null }) => ((edition.endDate?.getTime() ?? 0) - (edition.startDate?.getTime() ?? 0)) / 86_400_000;
    expect(days(clone)).toBe(days(source));
    expect(clone._count.tracks).toBe(source._count.tracks);
    expect(clone._count.sessions).toBe(source._count.sessions);
    expect(pages.errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('creates a session, publishes it, and shows ROOM_OVERLAP beside the room of a second one', async () => {
    const { page } = await pages.open(PROGRAMME);
    await checkAxe('programme', page);
    await page.getByRole('link', { name: en('programme.newSession'), exact: true }).click();
    await page.waitForURL(`**${PROGRAMME}/new`);
    await field(page, en('session.titleIn', { language: 'English' })).fill('Console test: water forum');
    await field(page, en('session.titleIn', { language: 'Русский' })).fill('Водный форум');
    await field(page, en('session.day')).selectOption('2024-10-28');
    await field(page, en('session.start')).fill('20:00');
    await field(page, en('session.end')).fill('21:00');
    await selectRoom(page, 'Hall D');
    await checkAxe('session-form', page);
    await Promise.all([page.waitForURL(`**${PROGRAMME}`), page.getByRole('button', { name: en('session.create') }).click()]);
    await page.waitForLoadState('networkidle');
    // A draft is not listed by the api: the notice offers to publish it.
    const publish = page.getByRole('button', { name: /Publish “Console test: water forum/ });
    await publish.click();
    await page.locator('.notice', { hasText: en('notice.published') }).waitFor();
    const placed = page.locator('.programme-grid__session', { hasText: 'Console test: water forum' });
    await expect(placed.textContent()).resolves.toContain('20:00–21:00');

    // A second session in the same room at the same time: refused, explained beside the room.
    await page.goto(`${pages.baseUrl}${PROGRAMME}/new?date=2024-10-28`);
    await page.waitForLoadState('networkidle');
    await field(page, en('session.titleIn', { language: 'English' })).fill('Console test: clashing panel');
    await field(page, en('session.start')).fill('20:30');
    await field(page, en('session.end')).fill('21:30');
    await selectRoom(page, 'Hall D');
    await page.getByRole('button', { name: en('session.create') }).click();
    await page.locator('.error-summary').waitFor();
    const roomField = page.locator('.field--invalid', { has: field(page, en('session.room')) });
    await expect(roomField.locator('.field__error').textContent()).resolves.toContain('ROOM_OVERLAP');
    await expect(roomField.locator('.field__error').textContent()).resolves.toContain(en('problem.ROOM_OVERLAP'));
    await expect(field(page, en('session.room')).getAttribute('aria-invalid')).resolves.toBe('true');
    // What was entered is still there.
    await expect(field(page, en('session.titleIn', { language: 'English' })).inputValue()).resolves.toBe('Console test: clashing panel');
    await expect(field(page, en('session.start')).inputValue()).resolves.toBe('20:30');
    // The summary is focused and links to the field.
    await expect(page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).resolves.toBe(true);
    await checkAxe('session-form-with-errors', page);
    await screenshot(page, 'session-conflict');
    expect(pages.errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('moves a session by keyboard alone: its link, then its day and time fields', async () => {
    const { page } = await pages.open(PROGRAMME);
    const link = page.locator('.programme-grid__session', { hasText: 'Console test: water forum' });
    await link.focus();
    await Promise.all([page.waitForURL(`**${PROGRAMME}/*`), page.keyboard.press('Enter')]);
    await page.waitForLoadState('networkidle');
    await field(page, en('session.start')).focus();
    await page.keyboard.type('1900');
    await field(page, en('session.end')).focus();
    await page.keyboard.type('1945');
    await Promise.all([page.waitForURL(/programme\/[^/]+$/), page.keyboard.press('Enter')]);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.notice').textContent()).resolves.toContain('saved');
    await page.goto(`${pages.baseUrl}${PROGRAMME}`);
    await expect(page.locator('.programme-grid__session', { hasText: 'Console test: water forum' }).textContent()).resolves.toContain('19:00–19:45');
    await screenshot(page, 'programme');
    await page.close();
  });

  it('shows the publication in the audit trail, filtered by action and entity type', async () => {
    const { page } = await pages.open(`/series/${SERIES}/audit?action=publish&entityType=Session`);
    const rows = page.locator('table.data-table tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    await expect(rows.first().textContent()).resolves.toContain(ADMIN.email);
    await expect(rows.first().textContent()).resolves.toContain('Session');
    for (const text of await rows.allTextContents()) expect(text).toContain('publish');
    await checkAxe('audit', page);
    await screenshot(page, 'audit');
    await page.close();
  });

  it('opens every registry page of the series admin, each without serious axe violations', async () => {
    const registry: Record<string, string> = {
      people: `/series/${SERIES}/people`,
      person: `/series/${SERIES}/people/edil-baisalov`,
      organizations: `/series/${SERIES}/organizations`,
      agreements: `/series/${SERIES}/agreements?edition=11`,
      delegations: `/series/${SERIES}/editions/11/delegations`,
      statements: `/series/${SERIES}/editions/11/statements`,
      indicators: `/series/${SERIES}/indicators`,
      team: `/series/${SERIES}/team`,
    };
    for (const [name, path] of Object.entries(registry)) {
      const { page, status } = await pages.open(path);
      expect({ name, status }).toEqual({ name, status: 200 });
      await checkAxe(name, page);
      if (name === 'agreements' || name === 'team' || name === 'person') await screenshot(page, name);
      if (name === 'agreements') {
        // One agreement's page: its lifecycle moves and milestones.
        await Promise.all([page.waitForURL(/agreements\/[^/?]+$/), page.locator('table.data-table tbody tr a').first().click()]);
        await page.locator('h1').waitFor();
        await expect(page.locator('h2', { hasText: en('agreements.milestones') }).count()).resolves.toBe(1);
        await checkAxe('agreement', page);
      }
      expect(pages.errorsOf(page)).toEqual([]);
      await page.close();
    }
  });

  it('refuses a form sent without the CSRF token and writes nothing', async () => {
    const cookies = (await browser().cookies(pages.baseUrl)).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
    const before = await newestAuditEntry();
    const body = new URLSearchParams({ _form: 'session', intent: 'save', title_en: 'Forged session', date: '2024-10-27', startTime: '22:00', endTime: '22:30', kind: 'PANEL', published: 'on' });
    const withoutToken = await fetch(`${pages.baseUrl}${PROGRAMME}/new`, { method: 'POST', body, headers: { cookie: cookies }, redirect: 'manual' });
    expect(withoutToken.status).toBe(403);
    await expect(withoutToken.text()).resolves.toContain(en('error.csrf.title'));
    body.set('csrf', 'forged.token');
    const forged = await fetch(`${pages.baseUrl}${PROGRAMME}/new`, { method: 'POST', body, headers: { cookie: cookies }, redirect: 'manual' });
    expect(forged.status).toBe(403);
    // Every write of the api leaves an audit entry: the newest one is the same as before.
    await expect(newestAuditEntry()).resolves.toBe(before);
  });

  it('works in Russian, with dates worded on the server and kept after hydration', async () => {
    const { page } = await pages.open(`/series/${SERIES}?lang=ru`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ru');
    await expect(page.locator('.console-nav a', { hasText: ru('nav.programme') }).count()).resolves.toBe(1);
    // The 11th edition's card (the upcoming 12th comes first).
    const card = page.locator('.edition-card', { hasText: '2024' });
    await expect(card.textContent()).resolves.toContain('25 октября 2024 г.');
    await expect(card.locator('dt').first().textContent()).resolves.toBe(ru('dashboard.sessions'));
    await checkAxe('dashboard-ru', page);
    await page.goto(`${pages.baseUrl}/series/${SERIES}?lang=en`);
    await page.close();
  });

  it('fits a 768 px tablet without scrolling the page sideways', async () => {
    const { page } = await pages.open(`/series/${SERIES}`);
    await page.setViewportSize({ width: 768, height: 1024 });
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.close();
  });

  it('signs out: the refresh token is revoked and the pages ask for sign-in again', async () => {
    const { page } = await pages.open(`/series/${SERIES}`);
    const refreshToken = await sessionRefreshToken();
    await Promise.all([page.waitForURL('**/sign-in?signedOut=1'), page.getByRole('button', { name: en('header.signOut') }).click()]);
    // The api no longer honours the session's refresh token.
    await expect(createCaravanClient({ url: apiUrl }).mutation.refreshSession({ refreshToken })).rejects.toMatchObject({ code: 'SESSION_INVALID' });
    await expect(page.locator('[role=status]').textContent()).resolves.toBe(en('signIn.signedOut'));
    await page.goto(`${pages.baseUrl}/series/${SERIES}`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.close();
  });

  it('does not offer the team page to a programme editor, and answers its address with 403', async () => {
    const admin = await adminApi();
    await admin.mutation.createOrganizer({ email: EDITOR.email, displayName: EDITOR.displayName, password: EDITOR.password, seriesSlug: SERIES });
    await admin.mutation.grantRole({ userEmail: EDITOR.email, role: 'PROGRAMME_EDITOR', seriesSlug: SERIES });
    const page = await pages.signIn(EDITOR.email, EDITOR.password);
    await page.goto(`${pages.baseUrl}/series/${SERIES}`);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.console-nav a', { hasText: en('nav.programme') }).count()).resolves.toBe(1);
    await expect(page.locator('.console-nav a', { hasText: en('nav.team') }).count()).resolves.toBe(0);
    await expect(page.locator(`a[href$="/team"]`).count()).resolves.toBe(0);
    const response = await page.goto(`${pages.baseUrl}/series/${SERIES}/team`);
    expect(response?.status()).toBe(403);
    await expect(page.locator('h1').textContent()).resolves.toBe(en('error.forbidden.title'));
    await checkAxe('forbidden', page);
    await page.close();
  });

  it('has no serious or critical axe violation on any page type', () => {
    expect(Object.keys(accessibility).sort()).toEqual(
      ['agreement', 'agreements', 'audit', 'clone', 'dashboard', 'dashboard-ru', 'delegations', 'forbidden', 'indicators', 'organizations', 'people', 'person', 'programme', 'session-form', 'session-form-with-errors', 'sign-in', 'statements', 'team'].sort(),
    );
    for (const [name, violations] of Object.entries(accessibility)) expect({ name, violations }).toEqual({ name, violations: [] });
  });
});
