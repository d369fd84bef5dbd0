// A delegation registering its members in real Chromium against the whole stack (the built api on
// PostgreSQL with the demo data, and the built portal): an organizer creates the invitation through
// the api, the delegation's head opens its link, registers a member within the quota, and then
// sees the quota refuse one more, both on the page and when a form opened before the last place
// went is sent. An expired link and a link that is not ours each get a page saying so.
import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@caravan/db/testing';
import { ensureDelegation, ensureUser, seedDemo } from '@caravan/db/seed/index';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { registrationTranslator } from '../app/i18n/registration/registration-i18n';
import { chooseFirstCategory, fillForm, launchChromium, submit } from './registration-browser';
import { assertBuilt, startApi, startPortal, type RunningProcess } from './stack';

const en = registrationTranslator('en');
const ORGANIZER = { email: `officer.${randomUUID().slice(0, 8)}@example.org`, password: `correct horse ${randomUUID()}` };

let database: TestDatabase | undefined;
let browser: Browser | undefined;
const contexts: BrowserContext[] = [];
const processes: RunningProcess[] = [];
let portalUrl = '';
let apiUrl = '';
let delegationId = '';

beforeAll(async () => {
  assertBuilt();
  database = await createTestDatabase();
  const prisma = database.db.prisma;
  await seedDemo(prisma);
  await ensureUser(prisma, { ...ORGANIZER, displayName: 'Registration Officer', grants: [{ seriesSlug: 'china-central-asia', role: 'REGISTRATION_OFFICER' }] });
  const series = await prisma.series.findUniqueOrThrow({ where: { slug: 'china-central-asia' } });
  const edition = await prisma.edition.findUniqueOrThrow({ where: { seriesId_number: { seriesId: series.id, number: 12 } } });
  delegationId = (await ensureDelegation(prisma, edition.id, { countryCode: 'KG', name: { en: 'Delegation of Kyrgyzstan' }, protocolOrder: 9 })).id;
  apiUrl = await startApi(database.url, processes);
  portalUrl = await startPortal(apiUrl, processes);
  browser = await launchChromium();
  // A database, two servers and Chromium: minutes on a busy machine.
}, 300_000);

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  await Promise.all(processes.map((proc) => proc.stop()));
  await database?.drop();
});

function serverLogs(): string {
  return processes.map((proc) => `--- ${proc.name}\n${proc.output().slice(-3_000)}`).join('\n');
}

async function graphql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(`the api refused: ${JSON.stringify(body.errors)}\n${serverLogs()}`);
  return body.data as T;
}

/** The organizer signs in and creates an invitation link with a quota of `quota` members; its token. */
async function createInvitation(quota: number): Promise<{ id: string; token: string }> {
  const signedIn = await graphql<{ signIn: { accessToken: string } }>('mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }', ORGANIZER);
  const created = await graphql<{ createDelegationInvitation: { id: string; url: string } }>(
    'mutation($delegation: ID!, $quota: Int) { createDelegationInvitation(delegationId: $delegation, language: "en", memberQuota: $quota, expiresInDays: 7) { id url } }',
    { delegation: delegationId, quota },
    signedIn.signIn.accessToken,
  );
  const { id, url } = created.createDelegationInvitation;
  return { id, token: decodeURIComponent(url.split('/delegation/')[1] ?? '') };
}

async function newPage(): Promise<Page> {
  if (!browser) throw new Error('E2E_NO_BROWSER: the browser did not start');
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  return context.newPage();
}

async function visit(page: Page, path: string): Promise<void> {
  const response = await page.goto(`${portalUrl}${path}`);
  expect({ path, status: response?.status(), logs: response?.status() === 200 ? '' : serverLogs() }).toEqual({ path, status: 200, logs: '' });
}

describe('delegation registration in Chromium', () => {
  it('lets the head register a member within the quota, then refuses one more', async () => {
    const { token } = await createInvitation(1);
    const path = `/delegation/${encodeURIComponent(token)}?lang=en`;
    const head = await newPage();
    await visit(head, path);
    await expect(head.locator('h1').innerText()).resolves.toContain('Delegation of Kyrgyzstan');
    await expect(head.locator('.delegation-quota').textContent()).resolves.toBe(en('delegation.quota', { registered: 0, quota: 1 }));
    await expect(head.locator('#members ~ p').first().textContent()).resolves.toBe(en('delegation.noMembers'));
    await chooseFirstCategory(head);
    // A second form, opened while a place is left: it is sent after the last place went.
    const late = await newPage();
    await visit(late, new URL(head.url()).pathname + new URL(head.url()).search);

    await fillForm(head, { givenName: 'Azamat', email: `azamat.${randomUUID().slice(0, 8)}@example.kg` });
    await submit(head);
    expect(head.url()).toContain('added=');
    const reference = new URL(head.url()).searchParams.get('added') ?? '';
    await expect(head.locator('[role="status"]').first().textContent()).resolves.toBe(en('delegation.memberAdded', { reference }));
    await expect(head.locator('.members-table tbody tr').count()).resolves.toBe(1);
    await expect(head.locator('.members-table tbody').innerText()).resolves.toContain(reference);
    await expect(head.locator('.delegation-quota').textContent()).resolves.toBe(en('delegation.quota', { registered: 1, quota: 1 }));
    // Full: the page offers no form any more.
    await expect(head.locator('form.registration-form').count()).resolves.toBe(0);
    await expect(head.locator('#add-member ~ [role="status"]').textContent()).resolves.toBe(en('delegation.full'));

    // The form opened earlier is refused by the api's quota check, and says so.
    await fillForm(late, { givenName: 'Bermet', email: `bermet.${randomUUID().slice(0, 8)}@example.kg` });
    const [answer] = await Promise.all([late.waitForResponse((response) => response.request().method() === 'POST'), submit(late)]);
    // 409: the action's answer to the api's DELEGATION_QUOTA_FULL (any other refusal is a 400).
    expect(answer.status()).toBe(409);
    expect(late.url()).not.toContain('added=');
    await expect(late.locator('#add-member ~ [role="status"]').textContent()).resolves.toBe(en('delegation.full'));
    const members = await database?.db.prisma.application.findMany({ where: { delegationId }, select: { reference: true } });
    expect(members?.map((m) => m.reference)).toEqual([reference]);
  });

  it('shows an expired link, and a link that is not ours, a page that says it is not valid', async () => {
    const { id, token } = await createInvitation(3);
    await database?.db.prisma.delegationInvitation.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    const foreign = `${token.slice(0, -8)}${token.slice(-8).split('').reverse().join('')}`;
    for (const candidate of [token, foreign, 'a-token-of-somebody-else-entirely-0123456789']) {
      const page = await newPage();
      await visit(page, `/delegation/${encodeURIComponent(candidate)}?lang=en`);
      await expect(page.locator('h1').textContent()).resolves.toBe(en('delegation.title'));
      await expect(page.locator('[role="alert"]').textContent()).resolves.toBe(en('delegation.invalid'));
      await expect(page.locator('form.registration-form').count()).resolves.toBe(0);
    }
  });
});
