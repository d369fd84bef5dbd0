// Registration in real Chromium against the whole stack: the api, the worker sending mail through
// Bull to a real SMTP catcher, and the built portal. A visitor registers for the demo 12th edition
// in Russian without JavaScript and in Chinese with it; a wrong answer shows its error beside its
// input with everything typed kept; the confirmation gives a reference; the mail brings a link
// that opens the application's page, where it is withdrawn.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createTestDatabase, type TestDatabase } from '@caravan/db/testing';
import { seedDemo } from '@caravan/db/seed/index';
import { MailCatcherClient, startMailCatcher, type MailCatcher } from '@caravan/mail/catcher';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { registrationTranslator } from '../app/i18n/registration/registration-i18n';
import { chooseFirstCategory, fillForm, launchChromium, PHOTO, submit } from './registration-browser';
import { assertBuilt, freePort, startApi, startPortal, startWorker, type RunningProcess } from './stack';

const EDITION = '/china-central-asia/12';

let database: TestDatabase | undefined;
let catcher: MailCatcher | undefined;
let mail: MailCatcherClient;
let browser: Browser | undefined;
const contexts: BrowserContext[] = [];
const processes: RunningProcess[] = [];
let portalUrl = '';
let apiUrl = '';

const ru = registrationTranslator('ru');
const zh = registrationTranslator('zh-Hans');

beforeAll(async () => {
  assertBuilt();
  catcher = await startMailCatcher();
  mail = new MailCatcherClient(catcher.webUrl);
  database = await createTestDatabase();
  await seedDemo(database.db.prisma);
  const portalPort = await freePort();
  const shared = { ...catcher.env, BULL_PREFIX: `e2e-${randomUUID().slice(0, 8)}` };
  apiUrl = await startApi(database.url, processes, { ...shared, PORTAL_URL: `http://127.0.0.1:${portalPort}` });
  startWorker(database.url, processes, shared);
  portalUrl = await startPortal(apiUrl, processes, portalPort);
  browser = await launchChromium();
  // A mail catcher, a database, three servers and Chromium: minutes on a busy machine.
}, 300_000);

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  await Promise.all(processes.map((proc) => proc.stop()));
  await catcher?.stop();
  await database?.drop();
});

function serverLogs(): string {
  return processes.map((proc) => `--- ${proc.name}\n${proc.output().slice(-3_000)}`).join('\n');
}

async function newPage(javaScriptEnabled: boolean): Promise<Page> {
  if (!browser) throw new Error('E2E_NO_BROWSER: the browser did not start');
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

async function visit(page: Page, path: string): Promise<void> {
  const response = await page.goto(`${portalUrl}${path}`);
  expect({ path, status: response?.status(), logs: response?.status() === 200 ? '' : serverLogs() }).toEqual({ path, status: 200, logs: '' });
}

/** The application link of the mail sent to `email`. */
async function mailedLink(email: string): Promise<string> {
  const message = await mail.waitForMail(email, (m) => /\/application\//.test(m.text ?? ''), { timeoutMs: 30_000 }).catch((error: unknown) => {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${serverLogs()}`);
  });
  const link = /https?:\/\/[^\s<>")\]]+\/application\/[^\s<>")\]]+/.exec(message.text ?? '')?.[0];
  if (!link) throw new Error(`No application link in the mail "${message.subject}"`);
  return link;
}

describe('registration in Chromium', () => {
  it('links the demo 12th edition to its registration, in the page language', async () => {
    const page = await newPage(true);
    await visit(page, `${EDITION}?lang=ru`);
    const link = page.locator('.registration-call a');
    await expect(link.textContent()).resolves.toBe(ru('edition.register'));
    await expect(link.getAttribute('href')).resolves.toBe(`${EDITION}/register?lang=ru`);
  });

  it('registers in Russian without JavaScript: a wrong answer is shown beside its input with the values kept, then the confirmation and the mail', async () => {
    const page = await newPage(false);
    await visit(page, `${EDITION}/register?lang=ru`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ru');
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('ltr');
    await chooseFirstCategory(page);
    const email = `aigerim.${randomUUID().slice(0, 8)}@example.kz`;
    // Cyrillic in the passport-name field: the api refuses it, field by field.
    await fillForm(page, { givenName: 'Айгерим', email });
    await submit(page);

    const error = page.locator('#field-givenName-error');
    await expect(error.textContent()).resolves.toBe(ru('problem.not_latin'));
    await expect(page.locator('#field-givenName').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#field-givenName').getAttribute('aria-describedby')).resolves.toContain('field-givenName-error');
    await expect(page.locator('.error-summary a[href="#field-givenName"]').count()).resolves.toBe(1);
    // What was typed is still there, the uploaded photo too.
    await expect(page.locator('#field-givenName').inputValue()).resolves.toBe('Айгерим');
    await expect(page.locator('#field-familyName').inputValue()).resolves.toBe('Nurlanova');
    await expect(page.locator('#field-email').inputValue()).resolves.toBe(email);
    await expect(page.locator('input[name="photoReference"]').count()).resolves.toBe(1);
    await expect(page.locator('input[name="consent"]').isChecked()).resolves.toBe(true);

    await page.locator('#field-givenName').fill('Aigerim');
    await submit(page);
    expect(page.url()).toContain(`${EDITION}/register/done`);
    const confirmation = await page.locator('.confirmation').innerText();
    const reference = /[A-Z0-9]+-[A-Z0-9]+/.exec(confirmation)?.[0];
    expect(reference).toBeDefined();
    expect(confirmation).toContain(ru('done.reference', { reference: reference ?? '' }));
    expect(confirmation).toContain(ru('done.mailSent'));

    // The mail's link opens the application's page, where it can be withdrawn.
    const link = await mailedLink(email);
    expect(link.startsWith(portalUrl)).toBe(true);
    const status = await newPage(false);
    await visit(status, `${link.slice(portalUrl.length)}${link.includes('?') ? '&' : '?'}lang=ru`);
    await expect(status.locator('.application-facts').innerText()).resolves.toContain(reference ?? '');
    await Promise.all([status.waitForURL(/withdraw=1/), status.locator('a', { hasText: ru('application.withdraw') }).click()]);
    await expect(status.locator('.withdraw-confirmation [role="alert"]').textContent()).resolves.toBe(ru('application.withdrawConfirm'));
    await Promise.all([status.waitForURL(/done=withdrawn/), status.locator('button[name="intent"][value="withdraw"]').click()]);
    await expect(status.locator('.application-status').textContent()).resolves.toBe(ru('appStatus.WITHDRAWN'));
    await expect(status.locator('[role="status"]').first().textContent()).resolves.toBe(ru('application.withdrawn'));
  });

  it('registers in Chinese with JavaScript, and the mail arrives', async () => {
    const page = await newPage(true);
    await visit(page, `${EDITION}/register?lang=zh-Hans`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hans');
    await chooseFirstCategory(page);
    await expect(page.locator('label[for="field-email"]').innerText()).resolves.toContain(zh('field.email'));
    const email = `li.wei.${randomUUID().slice(0, 8)}@example.cn`;
    await fillForm(page, { givenName: 'Wei', email });
    await page.locator('button[name="intent"][value="submit"]').click();
    await page.waitForURL(/register\/done/, { timeout: 20_000 }).catch(async () => {
      throw new Error(`not registered: ${await page.locator('.error-summary, .notice').evaluateAll((nodes) => nodes.map((node) => node.outerHTML).join(' '))}`);
    });
    const confirmation = await page.locator('.confirmation').innerText();
    expect(confirmation).toMatch(/[A-Z0-9]+-[A-Z0-9]+/);
    expect(confirmation).toContain(zh('done.mailSent'));
    const link = await mailedLink(email);
    expect(link).toContain('/application/');
  });

  it('answers the link request the same whether or not an application exists', async () => {
    const page = await newPage(false);
    await visit(page, `${EDITION}/register/link?lang=ru`);
    await page.locator('input[name="email"]').fill(`nobody.${randomUUID().slice(0, 8)}@example.org`);
    await Promise.all([page.waitForLoadState('load'), page.locator('form button[type="submit"]').click()]);
    await expect(page.locator('[role="status"]').textContent()).resolves.toBe(ru('link.sent'));
  });

  it('registers once when the same form is sent twice at the same time, and twice-sent forms without the key are told apart (control)', async () => {
    // The page as a browser without JavaScript gets it: its category, its hidden inputs (the key).
    const page = await newPage(false);
    await visit(page, `${EDITION}/register?lang=ru`);
    await chooseFirstCategory(page);
    const formPath = new URL(page.url()).pathname + new URL(page.url()).search;
    await fillForm(page, { givenName: 'Dana', email: `dana.${randomUUID().slice(0, 8)}@example.kz` });
    const fields = await page.locator('form.registration-form').evaluate((form) =>
      [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')]
        .filter((el) => el.name && el.type !== 'file' && el.type !== 'submit' && (!(el instanceof HTMLInputElement) || !['checkbox', 'radio'].includes(el.type) || el.checked))
        .map((el) => [el.name, el.value] as const),
    );
    // The photo uploaded once, as after a first refusal: both sends are then the same request.
    const query = 'query($series: String!, $edition: Int!) { registration(series: $series, edition: $edition) { editionId } }';
    const registration = (await (await fetch(apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { series: 'china-central-asia', edition: 12 } }) })).json()) as {
      data: { registration: { editionId: string } };
    };
    const photoUrl = new URL('/registration/photos', apiUrl);
    photoUrl.searchParams.set('editionId', registration.data.registration.editionId);
    const upload = async () => ((await (await fetch(photoUrl, { method: 'POST', headers: { 'content-type': 'image/jpeg' }, body: readFileSync(PHOTO) })).json()) as { photo: string }).photo;
    let photo = await upload();
    const send = (key: string, email?: string) => {
      const body = new FormData();
      for (const [name, value] of fields) if (name !== 'idempotencyKey') body.append(name, name === 'email' && email ? email : value);
      body.append('idempotencyKey', key);
      body.append('photoReference', photo);
      body.append('intent', 'submit');
      return fetch(`${portalUrl}${formPath}`, { method: 'POST', body, redirect: 'manual' });
    };
    const outcome = (response: Response) => response.headers.get('location') ?? `HTTP ${response.status}`;
    const key = randomUUID();
    const [first, second] = await Promise.all([send(key), send(key)]);
    expect(outcome(first)).toMatch(/\/register\/done\?reference=/);
    expect(outcome(second)).toBe(outcome(first));

    // Control: the same answers (another address) under two keys are two requests: one registers, the other is refused as a duplicate.
    // An application claims its photo: the control's pair shares a fresh one.
    photo = await upload();
    const email = `dana.${randomUUID().slice(0, 8)}@example.kz`;
    const pair = await Promise.all([send(randomUUID(), email), send(randomUUID(), email)]);
    expect(pair.map(outcome).filter((where) => where.includes('/register/done')).length).toBe(1);
    const refused = pair.find((response) => response.status === 400);
    await expect(refused?.text()).resolves.toContain(ru('problem.duplicate'));
  });
});
