// Browser test of check-in at the doors, against the real stack: a fresh PostgreSQL database with
// the demo seed, the built api and console, Debian's Chromium. A check-in steward of the upcoming
// 12th edition checks a participant in online through the page's manual entry field; then the
// network is cut (DevTools protocol, Network.emulateNetworkConditions offline): the page decides
// from its bundle and queues the scans, while another door admits one of them online; when the
// network is back the queue is sent, the api records the scans and reports the conflict.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@caravan/db/testing';
import { seedDemo } from '@caravan/db/seed';
import { createCaravanClient, type CaravanClient } from '@caravan/sdk';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { freePort, startProcess, waitForHttp, type RunningProcess } from '../../portal/e2e/stack';
import { consoleTranslator } from '../app/i18n/console-i18n';
import { venueDay } from '../app/lib/check-in-offline';
import { ConsolePages, consoleServer, seriousViolations, startConsole } from './console-browser';

const repoRoot = resolve(__dirname, '../../..');
const apiMain = join(repoRoot, 'apps/api/dist/main.js');
const SERIES = 'china-central-asia';
const PAGE = `/series/${SERIES}/editions/12/check-in`;
const ADMIN = { email: 'cca-organizer@caravan.local', password: 'caravan-cca' };
const STEWARD = { email: `steward-${randomUUID().slice(0, 8)}@caravan.local`, password: 'a-long-steward-password', displayName: 'Door Steward' };
const en = consoleTranslator('en');

let database: TestDatabase | undefined;
let userDataDir: string | undefined;
let context: BrowserContext | undefined;
let apiUrl = '';
const processes: RunningProcess[] = [];
let pages: ConsolePages;

const browser = () => {
  if (!context) throw new Error('E2E_NO_BROWSER: the browser did not start');
  return context;
};
const prisma = () => {
  if (!database) throw new Error('E2E_NO_DATABASE');
  return database.db.prisma;
};

async function signedIn(credentials: { email: string; password: string }): Promise<CaravanClient> {
  const { accessToken } = await createCaravanClient({ url: apiUrl }).mutation.signIn(credentials);
  return createCaravanClient({ url: apiUrl, accessToken });
}

/** An approved participant of edition 12 in a category whose badge opens the venue today, with the badge issued. */
async function participant(admin: CaravanClient, categoryId: string, editionId: string, givenName: string, familyName: string): Promise<string> {
  const application = await prisma().application.create({
    data: {
      reference: `E2E-${randomUUID().slice(0, 6).toUpperCase()}`,
      editionId,
      categoryId,
      status: 'APPROVED',
      email: `${givenName.toLowerCase()}-${randomUUID().slice(0, 6)}@example.org`,
      givenName,
      familyName,
      citizenship: 'KZ',
      organization: 'Ministry of Trade',
      language: 'en',
      answers: { givenName, familyName },
      submittedAt: new Date(),
      decidedAt: new Date(),
    },
  });
  return (await admin.mutation.issueBadge({ applicationId: application.id })).credential;
}

async function enterCode(page: Page, code: string): Promise<string> {
  await page.getByLabel(en('checkIn.code')).fill(code);
  await page.getByRole('button', { name: en('checkIn.submit'), exact: true }).click();
  const answer = page.getByTestId('check-in-answer');
  // The answer replaces the previous one; wait until the entry field was cleared for this one.
  await page.waitForFunction(() => (document.getElementById('check-in-code') as HTMLInputElement | null)?.value === '');
  return (await answer.getAttribute('data-outcome')) ?? '';
}

beforeAll(async () => {
  for (const file of [apiMain, consoleServer]) {
    if (!existsSync(file)) throw new Error(`E2E_NOT_BUILT: ${file} is missing; run \`pnpm --filter @caravan/api build\` and \`pnpm --filter @caravan/console build\` first.`);
  }
  database = await createTestDatabase();
  await seedDemo(database.db.prisma);
  const apiPort = await freePort();
  const api = startProcess(
    'api',
    [apiMain],
    { DATABASE_URL: database.url, PORT: String(apiPort), HOST: '127.0.0.1', NODE_ENV: 'test', LOG_LEVEL: 'warn', BULL_PREFIX: `e2e-check-in-${randomUUID().slice(0, 8)}` },
    repoRoot,
  );
  processes.push(api);
  await waitForHttp(`http://127.0.0.1:${apiPort}/health`, api);
  apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
  const baseUrl = await startConsole(apiUrl, processes);
  userDataDir = mkdtempSync(join(tmpdir(), 'caravan-check-in-e2e-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  pages = new ConsolePages(browser, baseUrl);
});

afterAll(async () => {
  await context?.close();
  await Promise.all(processes.map((proc) => proc.stop()));
  await database?.drop();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

describe('check-in page in Chromium', () => {
  it('checks a participant in online, keeps checking offline, and syncs the queued scans with the conflict reported once the network is back', async () => {
    const admin = await signedIn(ADMIN);
    await admin.mutation.createOrganizer({ email: STEWARD.email, displayName: STEWARD.displayName, password: STEWARD.password, seriesSlug: SERIES });
    await admin.mutation.grantRole({ userEmail: STEWARD.email, role: 'CHECKIN_STAFF', seriesSlug: SERIES, editionNumber: 12 });
    const edition = await prisma().edition.findFirstOrThrow({ where: { number: 12, series: { slug: SERIES } } });
    const category = await prisma().accreditationCategory.findFirstOrThrow({ where: { editionId: edition.id, kind: 'DELEGATION_MEMBER' } });
    // The demo edition is months away: its delegates' badges open the venue today for this test.
    await prisma().accreditationCategory.update({ where: { id: category.id }, data: { badgeZones: ['venue', 'plenary-hall'], badgeDays: [venueDay(edition.timeZone)] } });
    const nino = await participant(admin, category.id, edition.id, 'Nino', 'Beridze');
    const aigerim = await participant(admin, category.id, edition.id, 'Aigerim', 'Sadykova');

    const page = await pages.signIn(STEWARD.email, STEWARD.password);
    await page.goto(`${pages.baseUrl}${PAGE}`);
    await page.waitForLoadState('networkidle');
    await page.getByLabel(en('checkIn.point')).fill('south-gate');

    // Online: the api decides and records the scan.
    expect(await enterCode(page, nino)).toBe('ADMITTED');
    await expect(page.getByTestId('check-in-answer').textContent()).resolves.toContain('Nino Beridze');
    expect(await prisma().checkInScan.count({ where: { point: 'south-gate', admitted: true } })).toBe(1);
    expect(await enterCode(page, 'not a badge')).toBe('MALFORMED');

    // The network goes away.
    const cdp = await browser().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    expect(await enterCode(page, aigerim)).toBe('ADMITTED');
    await expect(page.locator('[data-network]').getAttribute('data-network')).resolves.toBe('offline');
    expect(await enterCode(page, nino)).toBe('ALREADY_CHECKED_IN');
    expect(await enterCode(page, nino.slice(0, -1) + (nino.endsWith('0') ? '1' : '0'))).toBe('FORGED');
    expect(await page.getByTestId('queued').getAttribute('data-count')).toBe('2');
    // Nothing reached the api while offline.
    expect(await prisma().checkInScan.count({ where: { point: 'south-gate' } })).toBe(1);

    // Meanwhile another door, still online, admits Aigerim first.
    const steward = await signedIn(STEWARD);
    const elsewhere = await steward.mutation.checkInScan({ series: SERIES, number: 12, scan: { scanId: randomUUID(), credential: aigerim, point: 'north-gate', zone: 'venue' } });
    expect(elsewhere.outcome).toBe('ADMITTED');

    // The network comes back: the page sends its queue by itself.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await page.waitForFunction(() => document.querySelector('[data-testid="queued"]')?.getAttribute('data-count') === '0');
    await expect(page.getByTestId('check-in-conflicts').textContent()).resolves.toContain('Aigerim Sadykova');
    const synced = await prisma().checkInScan.findMany({ where: { point: 'south-gate', offline: true }, orderBy: { scannedAt: 'asc' } });
    expect(synced.map((scan) => [scan.outcome, scan.deviceOutcome, scan.conflict])).toEqual([
      ['ALREADY_CHECKED_IN', 'ADMITTED', true],
      ['ALREADY_CHECKED_IN', 'ALREADY_CHECKED_IN', false],
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    // The requests the page made while the network was cut fail in the console, as they should.
    expect(pages.errorsOf(page).filter((error) => !error.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });

  it('is not open to an organizer without a check-in role', async () => {
    const admin = await signedIn(ADMIN);
    const editor = { email: `editor-${randomUUID().slice(0, 8)}@caravan.local`, password: 'a-long-editor-password' };
    await admin.mutation.createOrganizer({ ...editor, displayName: 'Programme Editor', seriesSlug: SERIES });
    await admin.mutation.grantRole({ userEmail: editor.email, role: 'PROGRAMME_EDITOR', seriesSlug: SERIES });
    // The steward of the first test signs out by losing the session cookie.
    await browser().clearCookies();
    const page = await pages.signIn(editor.email, editor.password);
    const response = await page.goto(`${pages.baseUrl}${PAGE}`);
    expect(response?.status()).toBe(403);
  });
});
