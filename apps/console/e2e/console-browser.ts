// Browser helpers of the console's end-to-end tests: the stack they run against (a fresh database
// with the demo seed, the built api, console and optionally portal, Debian's Chromium), pages that
// record console errors, axe-core runs, screenshots, and signing in through the real form.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@caravan/db/testing';
import { seedDemo } from '@caravan/db/seed';
import { createCaravanClient, type CaravanClient } from '@caravan/sdk';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { assertBuilt, freePort, startApi, startPortal, startProcess, waitForHttp, type RunningProcess } from '../../portal/e2e/stack';

const consoleDir = resolve(__dirname, '..');
const repoRoot = resolve(consoleDir, '../..');
export const consoleServer = join(consoleDir, 'build/server/index.js');
const apiMain = join(repoRoot, 'apps/api/dist/main.js');

/** The built console, served as production serves it, on a free port; resolves with its base URL. */
export async function startConsole(apiUrl: string, processes: RunningProcess[], env: Record<string, string> = {}): Promise<string> {
  const port = await freePort();
  const server = startProcess(
    'console',
    [join(consoleDir, 'start.mjs')],
    { PORT: String(port), HOST: '127.0.0.1', CARAVAN_API_URL: apiUrl, NODE_ENV: 'production', CONSOLE_SESSION_SECRET: randomUUID() + randomUUID(), ...env },
    consoleDir,
  );
  processes.push(server);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(`${baseUrl}/favicon.svg`, server);
  return baseUrl;
}

/** A form control by its label's text (a required field's label adds "(required)"). */
export function field(page: Page, label: string) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByLabel(new RegExp(`^${escaped}( \\(required\\))?$`));
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Serious and critical axe-core violations of the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol rather than added as an inline <script>: the page's
  // CSP allows only scripts with its nonce, and the test must not weaken it to look at the page.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')) }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/**
 * Fills and sends the sign-in form on `page`, then waits until the page it leads to has rendered.
 * With JavaScript the form navigates on the client: the address changes before React has put the
 * next page on screen (and the load state was reached long before), so the form leaving the page
 * is what says the next one is there.
 */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel(/^Email/).fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/sign-in')), page.getByRole('button', { name: 'Sign in' }).click()]);
  await page.getByLabel(/^Password/).waitFor({ state: 'detached' });
  await page.waitForLoadState('networkidle');
}

export class ConsolePages {
  private readonly errors = new WeakMap<Page, string[]>();

  constructor(
    private readonly context: () => BrowserContext,
    readonly baseUrl: string,
  ) {}

  /** Opens a path and waits for hydration; the answer's status is returned for checks. */
  async open(path: string): Promise<{ page: Page; status: number | undefined }> {
    const page = await this.context().newPage();
    const errors: string[] = [];
    this.errors.set(page, errors);
    page.on('console', (message) => {
      // A refused page (403/404) is logged by the browser as a failed resource; that is the point of it.
      if (message.type() === 'error' && !/status of (403|404|400)/.test(message.text())) errors.push(`${path}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
    const response = await page.goto(`${this.baseUrl}${path}`);
    await page.waitForLoadState('networkidle');
    return { page, status: response?.status() };
  }

  errorsOf(page: Page): string[] {
    return this.errors.get(page) ?? [];
  }

  /**
   * Signs in through the form, as an organizer would, and resolves once the page it leads to is on
   * screen.
   */
  async signIn(email: string, password: string, path = '/sign-in'): Promise<Page> {
    const { page } = await this.open(path);
    await submitSignIn(page, email, password);
    return page;
  }
}

export interface ConsoleStack {
  database: TestDatabase;
  apiUrl: string;
  /** The portal's base URL, when the stack was asked to start it; '' otherwise. */
  portalUrl: string;
  pages: ConsolePages;
  browser(): BrowserContext;
  /** An sdk client signed in as the given account. */
  signedInApi(account: { email: string; password: string }): Promise<CaravanClient>;
  stop(): Promise<void>;
}

/**
 * Everything a console test runs against: a fresh database with the demo seed, the built api (and
 * portal, when asked: the api then links launched forums to it), the built console and Chromium.
 */
export async function startConsoleStack(options: { portal?: boolean } = {}): Promise<ConsoleStack> {
  if (options.portal) assertBuilt();
  for (const file of [apiMain, consoleServer]) {
    if (!existsSync(file)) throw new Error(`E2E_NOT_BUILT: ${file} is missing; run \`pnpm --filter @caravan/api build\` and \`pnpm --filter @caravan/console build\` first.`);
  }
  const processes: RunningProcess[] = [];
  const database = await createTestDatabase();
  let context: BrowserContext | undefined;
  let userDataDir: string | undefined;
  const stop = async () => {
    await context?.close();
    await Promise.all(processes.map((proc) => proc.stop()));
    await database.drop();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    await seedDemo(database.db.prisma);
    const portalPort = options.portal ? await freePort() : null;
    const apiUrl = await startApi(database.url, processes, portalPort ? { PORTAL_URL: `http://127.0.0.1:${portalPort}` } : {});
    const portalUrl = portalPort ? await startPortal(apiUrl, processes, portalPort) : '';
    const baseUrl = await startConsole(apiUrl, processes);
    userDataDir = mkdtempSync(join(tmpdir(), 'caravan-console-e2e-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
    });
    const browser = () => {
      if (!context) throw new Error('E2E_NO_BROWSER: the browser did not start');
      return context;
    };
    return {
      database,
      apiUrl,
      portalUrl,
      pages: new ConsolePages(browser, baseUrl),
      browser,
      async signedInApi(account) {
        const { accessToken } = await createCaravanClient({ url: apiUrl }).mutation.signIn(account);
        return createCaravanClient({ url: apiUrl, accessToken });
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A full-page screenshot for the docs, taken only when UPDATE_SCREENSHOTS=1. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env['UPDATE_SCREENSHOTS'] !== '1') return;
  const dir = join(repoRoot, 'docs/screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `console-${name}.png`), fullPage: true });
}
