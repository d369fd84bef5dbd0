// Browser test of launching forums from the console, on a clean database with the demo seed: the
// proposed China–Caucasus series gets its first edition, tracks, rooms and a published programme
// through the console, and shows on the portal in its theme; then a platform admin launches a
// brand-new series with a custom theme and countries outside the seed through the wizard, and
// finds it on the portal. The scripted launch's duration, fields and steps are written to
// bench/results/launch.md (a record, not an assertion).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { consoleTranslator } from '../app/i18n/console-i18n';
import { field, screenshot, seriousViolations, startConsoleStack, type ConsolePages, type ConsoleStack } from './console-browser';

const repoRoot = resolve(__dirname, '../../..');
const CAUCASUS = { email: 'caucasus-organizer@caravan.local', password: 'caravan-caucasus' };
const PLATFORM = { email: 'admin@caravan.local', password: 'caravan-admin' };
const en = consoleTranslator('en');

let stack: ConsoleStack | undefined;
let portalUrl = '';
let pages: ConsolePages;
const accessibility: Record<string, unknown[]> = {};

const browser = () => {
  if (!stack) throw new Error('E2E_NO_STACK: the stack did not start');
  return stack.browser();
};

/** Submits the page's form with the button named `label` and waits for the next page to settle. */
async function submit(page: Page, label: string, url?: string | RegExp): Promise<void> {
  await Promise.all([url ? page.waitForURL(url) : page.waitForLoadState('load'), page.getByRole('button', { name: label, exact: true }).click()]);
  await page.waitForLoadState('networkidle');
}

/** The portal's theme as the browser computes it: the body's theme key and the brand colour. */
async function portalTheme(path: string): Promise<{ status: number | undefined; key: string | null; primary: string; text: string }> {
  const page = await browser().newPage();
  const response = await page.goto(`${portalUrl}${path}`);
  await page.waitForLoadState('networkidle');
  const theme = await page.evaluate(() => ({
    key: document.body.getAttribute('data-theme'),
    primary: getComputedStyle(document.documentElement).getPropertyValue('--caravan-color-primary').trim(),
    text: document.body.innerText,
  }));
  await page.close();
  return { status: response?.status(), ...theme };
}

beforeAll(async () => {
  // The api links a launched forum to the portal, so the stack starts the portal too.
  stack = await startConsoleStack({ portal: true });
  pages = stack.pages;
  portalUrl = stack.portalUrl;
});

afterAll(async () => {
  await stack?.stop();
});

describe('launching forums from the console, in Chromium', () => {
  it('gives the proposed China–Caucasus series its first edition, tracks, rooms and a published programme', async () => {
    const page = await pages.signIn(CAUCASUS.email, CAUCASUS.password);
    await page.goto(`${pages.baseUrl}/series/china-caucasus`);
    await page.waitForLoadState('networkidle');
    // As seeded: proposed, no edition.
    await expect(page.locator('.edition-card').count()).resolves.toBe(0);
    await Promise.all([page.waitForURL('**/editions/new'), page.getByRole('link', { name: en('dashboard.addEdition') }).click()]);
    await field(page, en('edition.number')).fill('1');
    await field(page, en('edition.themeIn', { language: 'English' })).fill('Corridors between the Caucasus and China');
    await field(page, en('edition.themeIn', { language: 'Русский' })).fill('Коридоры между Кавказом и Китаем');
    await field(page, en('edition.hostCityIn', { language: 'English' })).fill('Tbilisi');
    await field(page, en('edition.hostCityIn', { language: '中文' })).fill('第比利斯');
    await field(page, en('edition.startDate')).fill('2027-05-18');
    await field(page, en('edition.endDate')).fill('2027-05-17');
    await field(page, en('edition.timeZone')).fill('Asia/Tbilisi');
    await page.locator('input[name=published]').check();
    // Dates out of order: refused beside the last day, nothing created.
    await submit(page, en('editionNew.submit'));
    await page.locator('.error-summary').waitFor();
    await expect(page.locator('.field--invalid').count()).resolves.toBeGreaterThan(0);
    await field(page, en('edition.endDate')).fill('2027-05-19');
    await submit(page, en('editionNew.submit'), '**/editions/1/setup');

    await page.locator('input[name=tracks][value=trade-investment]').check();
    await page.locator('input[name=tracks][value=transport-logistics]').check();
    await submit(page, en('setup.addTracks'));
    await page.locator('.notice', { hasText: en('setup.tracksAdded', { count: 2 }) }).waitFor();
    await field(page, en('setup.venueNameIn', { language: 'English' })).fill('Tbilisi Expo Centre');
    await field(page, en('setup.roomName', { position: 1 })).fill('Rustaveli Hall');
    await field(page, en('setup.roomName', { position: 2 })).fill('Kura Room');
    await submit(page, en('setup.addVenueSubmit'));
    await page.locator('.notice', { hasText: en('setup.venueAdded', { name: 'Tbilisi Expo Centre', count: 2 }) }).waitFor();
    await expect(page.locator('main li').allTextContents()).resolves.toEqual(expect.arrayContaining(['Rustaveli Hall — Tbilisi Expo Centre', 'Kura Room — Tbilisi Expo Centre']));

    const programme = '/series/china-caucasus/editions/1/programme';
    const sessions = [
      { title: 'Trade across the Black Sea', track: 'trade-investment', room: 'Rustaveli Hall', start: '10:00', end: '11:30' },
      { title: 'The Middle Corridor by rail', track: 'transport-logistics', room: 'Kura Room', start: '10:00', end: '11:00' },
    ];
    for (const session of sessions) {
      await page.goto(`${pages.baseUrl}${programme}/new?date=2027-05-18`);
      await page.waitForLoadState('networkidle');
      await field(page, en('session.titleIn', { language: 'English' })).fill(session.title);
      await field(page, en('session.start')).fill(session.start);
      await field(page, en('session.end')).fill(session.end);
      const room = field(page, en('session.room'));
      await room.selectOption((await room.locator('option', { hasText: session.room }).getAttribute('value')) ?? '');
      await field(page, en('session.track')).selectOption(session.track);
      await page.locator('input[name=published]').check();
      await submit(page, en('session.create'), `**${programme}`);
    }
    for (const session of sessions) await expect(page.locator('.programme-grid__session', { hasText: session.title }).textContent()).resolves.toContain(`${session.start}–${session.end}`);
    accessibility['programme-grid'] = await seriousViolations(page);
    await screenshot(page, 'programme-grid');
    expect(pages.errorsOf(page)).toEqual([]);
    await page.close();

    // The portal shows the new edition in the series' theme.
    const portal = await portalTheme('/china-caucasus/1');
    expect(portal.status).toBe(200);
    expect(portal.text).toContain('Tbilisi');
    expect(portal.primary.toUpperCase()).toBe('#6E1A37');
  });

  it('launches a new series with a custom theme and new countries through the wizard, and finds it on the portal', async () => {
    let fields = 0;
    const fill = async (label: string, value: string) => {
      fields += 1;
      await field(page, label).fill(value);
    };
    const choose = async (label: string, value: string) => {
      fields += 1;
      await field(page, label).selectOption(value);
    };
    const tick = async (name: string, value: string) => {
      fields += 1;
      await page.locator(`input[name="${name}"][value="${value}"]`).check();
    };
    // A different organizer: the series admin's session ends first.
    await browser().clearCookies();
    const page = await pages.signIn(PLATFORM.email, PLATFORM.password);
    const started = performance.now();
    await page.goto(`${pages.baseUrl}/launch`);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.console-nav a', { hasText: en('nav.launch') }).count()).resolves.toBe(1);
    await submit(page, en('launch.startButton'), /\/launch\/[^/]+\/series$/);
    const steps: string[] = [];

    steps.push('series');
    await fill(en('launch.nameIn', { language: 'English' }), 'China–Gulf Dialogue (demo)');
    await fill(en('launch.nameIn', { language: 'Русский' }), 'Диалог «Китай — Залив» (демо)');
    await fill(en('launch.shortNameIn', { language: 'English' }), 'China–Gulf (demo)');
    await fill(en('launch.descriptionIn', { language: 'English' }), 'A hypothetical series used to show how a forum is launched.');
    await fill(en('launch.slug'), 'Not A Slug');
    await submit(page, en('launch.saveAndContinue'));
    await expect(page.locator('.field--invalid', { has: field(page, en('launch.slug')) }).locator('.field__error').textContent()).resolves.toContain(en('launch.problem.slug'));
    await fill(en('launch.slug'), 'china-gulf-demo');
    await submit(page, en('launch.saveAndContinue'), /\/region$/);

    steps.push('region');
    await choose(en('launch.regionMode'), 'new');
    await fill(en('launch.regionNewCode'), 'gulf-demo');
    await fill(en('launch.regionNameIn', { language: 'English' }), 'Gulf states (demo)');
    for (const code of ['OM', 'QA', 'KW']) await tick('countries', code);
    await choose(en('launch.partner'), 'CN');
    await submit(page, en('launch.saveAndContinue'), /\/languages$/);

    steps.push('languages');
    await submit(page, en('launch.saveAndContinue'), /\/theme$/);

    steps.push('theme');
    await choose(en('theme.preset'), 'custom');
    await choose(en('theme.base'), 'default');
    const colors: Record<string, string> = { primary: '#0B4F6C', onPrimary: '#FFFFFF', accent: '#C9A227', surface: '#FBFAF7', text: '#1C2630', muted: '#C0C0C0', border: '#D5D9DE', focus: '#8A5A00' };
    const labels: Record<string, string> = { primary: 'theme.primary', onPrimary: 'theme.onPrimary', accent: 'theme.accent', surface: 'theme.surface', text: 'theme.text', muted: 'theme.muted', border: 'theme.border', focus: 'theme.focus' };
    for (const [role, value] of Object.entries(colors)) await fill(en(labels[role] as 'theme.primary'), value);
    await choose(en('theme.motif'), 'grid-dot');
    // A muted grey on a light page fails contrast: shown as it happens, and the step is refused.
    await page.locator('.theme-preview .field__error').waitFor();
    await expect(page.locator('.theme-preview').textContent()).resolves.toContain('muted');
    accessibility['wizard-theme'] = await seriousViolations(page);
    await submit(page, en('launch.saveAndContinue'));
    await page.locator('.field--invalid', { has: field(page, en('theme.muted')) }).waitFor();
    await fill(en('theme.muted'), '#4A5561');
    await page.locator('.theme-preview .notice--success').waitFor();
    await screenshot(page, 'launch-theme');
    await submit(page, en('launch.saveAndContinue'), /\/tracks$/);

    steps.push('tracks');
    await tick('taxonomy', 'trade-investment');
    await tick('taxonomy', 'green-development');
    fields += 1;
    await page.locator('input[name="track0_en"]').fill('Desert agriculture');
    await submit(page, en('launch.saveAndContinue'), /\/edition$/);

    steps.push('edition');
    await fill(en('edition.themeIn', { language: 'English' }), 'Partners across the Gulf');
    await fill(en('edition.hostCityIn', { language: 'English' }), 'Muscat');
    await fill(en('edition.startDate'), '2027-11-09');
    await fill(en('edition.endDate'), '2027-11-10');
    await fill(en('edition.timeZone'), 'Asia/Nowhere');
    await submit(page, en('launch.saveAndContinue'));
    await page.locator('.field--invalid', { has: field(page, en('edition.timeZone')) }).waitFor();
    await fill(en('edition.timeZone'), 'Asia/Muscat');
    await submit(page, en('launch.saveAndContinue'), /\/review$/);

    steps.push('review');
    accessibility['wizard-review'] = await seriousViolations(page);
    await screenshot(page, 'launch-review');
    await Promise.all([page.waitForURL((url) => url.href.startsWith(portalUrl)), page.getByRole('button', { name: en('launch.launch') }).click()]);
    await page.waitForLoadState('networkidle');
    const seconds = (performance.now() - started) / 1000;
    expect(new URL(page.url()).pathname).toContain('china-gulf-demo');
    await page.close();

    writeFileSync(
      join(repoRoot, 'bench/results/launch.md'),
      [
        '# Launching a forum from the console',
        '',
        'Measured by `apps/console/e2e/launch.e2e.ts` (Chromium, built api, console and portal, one fresh database) —',
        'a record of the run, not a threshold. The script types like an organizer who knows the answers, including',
        'the three mistakes the test makes on purpose (a malformed slug, a contrast failure, an unknown time zone).',
        '',
        '| measure | value |',
        '|---|---|',
        `| wall time from the wizard's start page to the live portal page | ${seconds.toFixed(1)} s |`,
        `| fields filled, chosen or ticked (corrections included) | ${fields} |`,
        `| wizard steps | ${steps.length} (${steps.join(', ')}) |`,
        `| recorded | ${new Date().toISOString().slice(0, 10)}, Node ${process.version} |`,
        '',
      ].join('\n'),
    );

    const portal = await portalTheme('/china-gulf-demo/1');
    expect(portal.status).toBe(200);
    expect(portal.primary.toUpperCase()).toBe('#0B4F6C');
    expect(portal.text).toContain('China–Gulf Dialogue (demo)');
  });

  it('has no serious or critical axe violation on the grid and the wizard', () => {
    expect(Object.keys(accessibility).sort()).toEqual(['programme-grid', 'wizard-review', 'wizard-theme']);
    for (const [name, violations] of Object.entries(accessibility)) expect({ name, violations }).toEqual({ name, violations: [] });
  });
});
