// Browser test of the accreditation queue and the delegation invitations, on a fresh database with
// the demo seed (the 12th edition is open for registration): applications are submitted through
// the real api, a registration officer of that edition decides them in Chromium, and the status,
// the counts, the history and the export follow; a delegation gets an invitation link and the
// member registered through it shows on the invitations page.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCaravanClient } from '@caravan/sdk';
import { chromium, type Page } from 'playwright-core';
import { consoleTranslator } from '../app/i18n/console-i18n';
import { field, screenshot, seriousViolations, startConsoleStack, submitSignIn, type ConsolePages, type ConsoleStack } from './console-browser';

const SERIES = 'china-central-asia';
const EDITION = 12;
const QUEUE = `/series/${SERIES}/editions/${EDITION}/accreditation`;
const ADMIN = { email: 'cca-organizer@caravan.local', password: 'caravan-cca' };
const OFFICER = { email: `officer-${randomUUID().slice(0, 8)}@caravan.local`, password: 'a-long-officer-password', displayName: 'Registration Officer' };
const MEDIA = { email: `media-${randomUUID().slice(0, 8)}@caravan.local`, password: 'a-long-media-password', displayName: 'Media Officer' };
const PHOTO = join(__dirname, '../../portal/e2e/fixtures/portrait.jpg');
const en = consoleTranslator('en');

let stack: ConsoleStack | undefined;
let pages: ConsolePages;
let editionId = '';
let officerPage: Page | undefined;
const accessibility: Record<string, unknown[]> = {};

const live = () => {
  if (!stack) throw new Error('E2E_NO_STACK: the stack did not start');
  return stack;
};
const officer = () => {
  if (!officerPage) throw new Error('E2E_NOT_SIGNED_IN: the officer did not sign in');
  return officerPage;
};

/** A government official's application, submitted as a visitor would through the api, with a photo. */
async function submitApplication(givenName: string, familyName: string): Promise<string> {
  const photoUrl = new URL('/registration/photos', live().apiUrl);
  photoUrl.searchParams.set('editionId', editionId);
  const upload = await fetch(photoUrl, { method: 'POST', headers: { 'content-type': 'image/jpeg' }, body: readFileSync(PHOTO) });
  expect(upload.status).toBe(201);
  const { photo } = (await upload.json()) as { photo: string };
  const receipt = await createCaravanClient({ url: live().apiUrl }).mutation.submitApplication({
    input: {
      editionId,
      category: 'government-official',
      language: 'en',
      draft: false,
      answers: {
        givenName,
        familyName,
        citizenship: 'KZ',
        email: `${givenName.toLowerCase()}-${randomUUID().slice(0, 6)}@example.kz`,
        phone: '+7 7172 123456',
        organization: 'Ministry of Trade and Integration',
        position: 'Adviser',
        photo,
        consent: { noticeId: 'cca-12-privacy', version: '2026-11' },
      },
    },
  });
  expect(receipt.status).toBe('SUBMITTED');
  return receipt.reference;
}

/** The figure of the counts table for a category and status ('' when the column is not shown). */
async function countOf(page: Page, category: string, status: string): Promise<number> {
  const cell = page.locator(`.counts-table tr[data-category="${category}"] td[data-status="${status}"]`);
  return (await cell.count()) === 0 ? 0 : Number(await cell.textContent());
}

/** The application's status as stored, read past the console and the api. */
async function statusOf(reference: string): Promise<string> {
  const application = await live().database.db.prisma.application.findUnique({ where: { reference }, select: { status: true } });
  return application?.status ?? 'MISSING';
}

beforeAll(async () => {
  stack = await startConsoleStack();
  pages = stack.pages;
  const registration = await createCaravanClient({ url: stack.apiUrl }).query.registration({ series: SERIES, edition: EDITION });
  if (!registration) throw new Error('E2E_NO_REGISTRATION: the demo seed has no registration for edition 12');
  editionId = registration.editionId;
  const admin = await stack.signedInApi(ADMIN);
  await admin.mutation.createOrganizer({ email: OFFICER.email, displayName: OFFICER.displayName, password: OFFICER.password, seriesSlug: SERIES });
  await admin.mutation.grantRole({ userEmail: OFFICER.email, role: 'REGISTRATION_OFFICER', seriesSlug: SERIES, editionNumber: EDITION });
  await admin.mutation.createOrganizer({ email: MEDIA.email, displayName: MEDIA.displayName, password: MEDIA.password, seriesSlug: SERIES });
  await admin.mutation.grantRole({ userEmail: MEDIA.email, role: 'MEDIA_OFFICER', seriesSlug: SERIES, editionNumber: EDITION });
});

afterAll(async () => {
  await stack?.stop();
});

describe('accreditation queue in Chromium', () => {
  let reference = '';
  let second = '';

  it('offers a registration officer the queue of their edition only, with the applications counted on the dashboard', async () => {
    reference = await submitApplication('Aigerim', 'Seitova');
    second = await submitApplication('Timur', 'Abenov');
    const page = await pages.signIn(OFFICER.email, OFFICER.password, `/series/${SERIES}`);
    officerPage = page;
    const card = page.locator('.edition-card', { hasText: en('dashboard.editionTitle', { number: EDITION, city: 'Almaty' }) });
    const figures = await card.locator('.figures__item').allTextContents();
    expect(figures).toContain(`${en('dashboard.applications')}2`);
    // The programme is not the officer's; the 11th edition's card offers no page.
    await expect(page.locator('.console-nav a', { hasText: en('nav.programme') }).count()).resolves.toBe(0);
    await expect(page.locator('.edition-card', { hasText: '2024' }).locator('.link-row a').count()).resolves.toBe(0);
    await Promise.all([page.waitForURL(`**${QUEUE}`), page.locator('.console-nav a', { hasText: en('nav.accreditation') }).click()]);
    await page.locator('h1', { hasText: en('accreditation.heading', { number: EDITION }) }).waitFor();
    const row = page.locator(`tr[data-reference="${reference}"]`);
    await expect(row.locator('.application-status').textContent()).resolves.toBe(en('accreditation.status.SUBMITTED'));
    expect(await countOf(page, 'government-official', 'SUBMITTED')).toBe(2);
    accessibility['queue'] = await seriousViolations(page);
    await screenshot(page, 'accreditation-queue');
    expect(pages.errorsOf(page)).toEqual([]);
  });

  it('filters by words, category and status, keeping the filter in the address', async () => {
    const page = officer();
    await field(page, en('accreditation.search')).fill('Seitova');
    await Promise.all([page.waitForURL(/q=Seitova/), page.getByRole('button', { name: en('audit.apply') }).click()]);
    await page.locator('[role=status]', { hasText: en('accreditation.found', { count: 1 }) }).waitFor();
    await expect(page.locator('tr[data-reference]').count()).resolves.toBe(1);
    // The same list from its address alone, as a bookmark would open it.
    await page.goto(`${pages.baseUrl}${QUEUE}?category=government-official&status=APPROVED`);
    await page.locator('[role=status]', { hasText: en('accreditation.found', { count: 0 }) }).waitFor();
    await expect(field(page, en('accreditation.status')).inputValue()).resolves.toBe('APPROVED');
    await page.goto(`${pages.baseUrl}${QUEUE}`);
    await page.waitForLoadState('networkidle');
  });

  it('refuses a rejection without a reason beside the reason field, and changes nothing', async () => {
    const page = officer();
    await page.locator(`tr[data-reference="${second}"] input[name=ids]`).check();
    await page.getByRole('button', { name: en('accreditation.reject'), exact: true }).click();
    await page.locator('.error-summary').waitFor();
    await expect(page.locator('.field--invalid', { has: field(page, en('accreditation.reason')) }).count()).resolves.toBe(1);
    accessibility['queue-with-errors'] = await seriousViolations(page);
    await expect(statusOf(second)).resolves.toBe('SUBMITTED');
  });

  it('approves the ticked application by keyboard: its status and the counts change', async () => {
    const page = officer();
    await page.goto(`${pages.baseUrl}${QUEUE}`);
    await page.waitForLoadState('networkidle');
    const box = page.locator(`tr[data-reference="${reference}"] input[name=ids]`);
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box.isChecked()).resolves.toBe(true);
    await field(page, en('accreditation.reason')).fill('Confirmed by the ministry');
    await page.getByRole('button', { name: en('accreditation.approve'), exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.notice', { hasText: en('accreditation.decided', { decision: en('accreditation.approve'), done: 1, total: 1 }) }).waitFor();
    await expect(page.locator(`tr[data-reference="${reference}"] .application-status`).textContent()).resolves.toBe(en('accreditation.status.APPROVED'));
    expect(await countOf(page, 'government-official', 'APPROVED')).toBe(1);
    expect(await countOf(page, 'government-official', 'SUBMITTED')).toBe(1);
    await expect(statusOf(reference)).resolves.toBe('APPROVED');
    expect(pages.errorsOf(page)).toEqual([]);
  });

  it('works without JavaScript: a plain form post waitlists the ticked application', async () => {
    const plain = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const context = await plain.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${pages.baseUrl}${QUEUE}`);
      await submitSignIn(page, OFFICER.email, OFFICER.password);
      expect(new URL(page.url()).pathname).toBe(QUEUE);
      await page.locator(`tr[data-reference="${second}"] input[name=ids]`).check();
      await field(page, en('accreditation.reason')).fill('Places are held for delegations first');
      await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: en('accreditation.waitlist'), exact: true }).click()]);
      await page.locator('.notice', { hasText: en('accreditation.decided', { decision: en('accreditation.waitlist'), done: 1, total: 1 }) }).waitFor();
      await expect(page.locator(`tr[data-reference="${second}"] .application-status`).textContent()).resolves.toBe(en('accreditation.status.WAITLISTED'));
      await expect(statusOf(second)).resolves.toBe('WAITLISTED');
    } finally {
      await plain.close();
    }
  });

  it('shows one application: answers, photo and history with the officer and the reason', async () => {
    const page = officer();
    await Promise.all([page.waitForURL(`**${QUEUE}/${reference}`), page.getByRole('link', { name: reference, exact: true }).click()]);
    await page.locator('h1', { hasText: 'Aigerim Seitova' }).waitFor();
    await expect(page.locator('.facts').first().textContent()).resolves.toContain('Ministry of Trade and Integration');
    const photo = page.getByRole('img', { name: en('accreditation.photoOf', { name: 'Aigerim Seitova' }) });
    // decode() waits for the image and fails when it does not load.
    await expect(photo.evaluate(async (image: HTMLImageElement) => (await image.decode().then(() => image.naturalWidth)) > 0)).resolves.toBe(true);
    const history = await page.locator('ol.history li').allTextContents();
    expect(history.at(-1)).toContain(en('accreditation.status.APPROVED'));
    expect(history.at(-1)).toContain(OFFICER.email);
    expect(history.at(-1)).toContain('Confirmed by the ministry');
    accessibility['application'] = await seriousViolations(page);
    await screenshot(page, 'accreditation-application');
    expect(pages.errorsOf(page)).toEqual([]);
  });

  it('downloads applications.csv through the console with the officer’s session', async () => {
    const answer = await officer().request.get(`${pages.baseUrl}${QUEUE}/applications.csv`);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toMatch(/^text\/csv/);
    expect(answer.headers()['cache-control']).toBe('private, no-store');
    const csv = await answer.text();
    expect(csv).toContain(reference);
    expect(csv).toContain(second);
    expect(csv).toContain('WAITLISTED');
    // Without the session cookie, the file is not given out.
    const anonymous = await fetch(`${pages.baseUrl}${QUEUE}/applications.csv`, { redirect: 'manual' });
    expect(anonymous.status).toBe(302);
  });

  it('sends a delegation its invitation link with a quota, and lists the member registered through it', async () => {
    const admin = await live().signedInApi(ADMIN);
    await admin.mutation.createDelegation({ series: SERIES, number: EDITION, input: { countryCode: 'KG', protocolOrder: 1, head: null, members: [], published: true } });
    const page = officer();
    await page.goto(`${pages.baseUrl}/series/${SERIES}/editions/${EDITION}/invitations`);
    await page.waitForLoadState('networkidle');
    const card = page.locator('section.card', { hasText: 'KG' });
    await expect(card.textContent()).resolves.toContain(en('invitations.noMembers'));
    await card.getByLabel(new RegExp(`^${en('invitations.quota')}`)).fill('3');
    await card.getByRole('button', { name: /KG/ }).click();
    const link = page.locator('input.invitation-link');
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toMatch(/\/delegation\/[^/]+$/);
    accessibility['invitations'] = await seriousViolations(page);
    const token = decodeURIComponent(url.split('/').at(-1) ?? '');
    const receipt = await createCaravanClient({ url: live().apiUrl }).mutation.registerDelegationMember({
      token,
      category: 'delegation-member',
      language: 'ru',
      answers: { givenName: 'Aibek', familyName: 'Toktogulov', citizenship: 'KG', email: `aibek-${randomUUID().slice(0, 6)}@example.kg`, phone: '+996 312 123456', organization: 'Ministry of Economy', position: 'Counsellor', consent: { noticeId: 'cca-12-privacy', version: '2026-11' } },
    });
    await page.goto(`${pages.baseUrl}/series/${SERIES}/editions/${EDITION}/invitations`);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('section.card', { hasText: 'KG' }).locator('ul.members').textContent()).resolves.toContain(`Aibek Toktogulov (${receipt.reference})`);
    expect(pages.errorsOf(page)).toEqual([]);
  });

  it('gives a media officer the queue of the media categories only, and no invitations', async () => {
    await live().browser().clearCookies();
    const page = await pages.signIn(MEDIA.email, MEDIA.password, QUEUE);
    expect(new URL(page.url()).pathname).toBe(QUEUE);
    // The government officials' applications are the registration officers'.
    await expect(page.locator('tr[data-reference]').count()).resolves.toBe(0);
    await expect(page.locator('.console-nav a', { hasText: en('nav.invitations') }).count()).resolves.toBe(0);
    const refused = await page.goto(`${pages.baseUrl}/series/${SERIES}/editions/${EDITION}/invitations`);
    expect(refused?.status()).toBe(403);
    await expect(page.locator('h1').textContent()).resolves.toBe(en('error.forbidden.title'));
    await page.close();
  });

  it('has no serious or critical axe violation on any accreditation page', () => {
    expect(Object.keys(accessibility).sort()).toEqual(['application', 'invitations', 'queue', 'queue-with-errors']);
    for (const [name, violations] of Object.entries(accessibility)) expect({ name, violations }).toEqual({ name, violations: [] });
  });
});
