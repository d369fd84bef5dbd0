// The credential module as the check-in page will use it: bundled for the browser (a Node
// built-in anywhere in its graph fails the bundle), loaded into Debian's Chromium on a plain
// page (no secure context, so no WebCrypto subtle), verifying codes signed in Node and
// signing codes that Node verifies.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createKeyring, generateEditionKeyPair, signCredential, verifyCredential, type BadgeClaims } from '../src/credential/index.js';

const EDITION = 'cca-11';
const key = generateEditionKeyPair();
const claims: BadgeClaims = { badgeNumber: 7, serial: 3, zones: [0, 5], days: ['2024-10-25', '2024-10-27'], issuedAt: new Date('2024-10-01T08:00:00Z') };

let userDataDir: string;
let context: BrowserContext;
let page: Page;
let bundleBytes: number;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [join(__dirname, '../src/credential/index.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'CaravanCredential',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]!.text;
  bundleBytes = Buffer.byteLength(script);
  userDataDir = mkdtempSync(join(tmpdir(), 'caravan-credential-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = context.pages()[0] ?? (await context.newPage());
  await page.setContent('<!doctype html><title>check-in</title>');
  await page.addScriptTag({ content: script });
});

afterAll(async () => {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

interface BrowserVerdict {
  status: string;
  badgeNumber?: number;
  zones?: number[];
  days?: string[];
  issuedAt?: string;
}

const verifyInBrowser = (publicKey: string, codes: string[]): Promise<BrowserVerdict[]> =>
  page.evaluate(
    ({ editionId, publicKey, codes }) => {
      const api = (globalThis as unknown as { CaravanCredential: typeof import('../src/credential/index.js') }).CaravanCredential;
      const keyring = api.createKeyring(editionId, [{ editionId, publicKey }]);
      return codes.map((code) => {
        const result = api.verifyCredential(keyring, code);
        if (result.status !== 'valid') return { status: result.status };
        const { badgeNumber, zones, days, issuedAt } = result.claims;
        return { status: result.status, badgeNumber, zones: [...zones], days: [...days], issuedAt: issuedAt.toISOString() };
      });
    },
    { editionId: EDITION, publicKey, codes },
  );

describe('credential module in Chromium', () => {
  it('bundles for the browser without Node built-ins, at a size a check-in page can carry', () => {
    expect(bundleBytes).toBeGreaterThan(10_000);
    expect(bundleBytes).toBeLessThan(150_000);
  });

  it('accepts a code signed in Node and refuses an altered one', async () => {
    const code = signCredential(key.privateKey, claims);
    const altered = code.slice(0, 40) + (code[40] === 'A' ? 'B' : 'A') + code.slice(41);
    const verdicts = await verifyInBrowser(key.publicKey, [code, altered, 'https://caravan.example/verify/1']);
    expect(verdicts).toEqual([
      { status: 'valid', badgeNumber: 7, zones: [0, 5], days: ['2024-10-25', '2024-10-27'], issuedAt: '2024-10-01T08:00:00.000Z' },
      { status: expect.stringMatching(/^(bad-signature|malformed)$/) },
      { status: 'malformed' },
    ]);
  });

  it('signs with a key it generated, and Node verifies the code', async () => {
    const { code, publicKey } = await page.evaluate((input) => {
      const api = (globalThis as unknown as { CaravanCredential: typeof import('../src/credential/index.js') }).CaravanCredential;
      const pair = api.generateEditionKeyPair();
      return { publicKey: pair.publicKey, code: api.signCredential(pair.privateKey, { ...input, issuedAt: new Date(input.issuedAt) }) };
    }, { ...claims, issuedAt: claims.issuedAt.toISOString() });
    const result = verifyCredential(createKeyring(EDITION, [{ editionId: EDITION, publicKey }]), code);
    expect(result).toMatchObject({ status: 'valid', claims: { badgeNumber: 7, serial: 3 } });
  });
});
