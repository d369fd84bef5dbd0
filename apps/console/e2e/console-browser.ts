// Browser helpers of the console's end-to-end test: pages that record console errors, axe-core
// runs, and signing in through the real form.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { freePort, startProcess, waitForHttp, type RunningProcess } from '../../portal/e2e/stack';

const consoleDir = resolve(__dirname, '..');
export const consoleServer = join(consoleDir, 'build/server/index.js');

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

  /** Signs in through the form, as an organizer would. */
  async signIn(email: string, password: string): Promise<Page> {
    const { page } = await this.open('/sign-in');
    await page.getByLabel(/^Email/).fill(email);
    await page.getByLabel(/^Password/).fill(password);
    await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/sign-in')), page.getByRole('button', { name: 'Sign in' }).click()]);
    await page.waitForLoadState('networkidle');
    return page;
  }
}
