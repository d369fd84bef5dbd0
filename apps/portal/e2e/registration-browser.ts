// What the registration e2e tests share in the browser: Chromium launched as this machine needs
// it, and the registration form filled, sent and its category chosen, as a visitor does.
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const PHOTO = join(__dirname, 'fixtures/portrait.jpg');

/** Debian's Chromium, headless, with the flags it needs here (see the stack notes). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

interface Person {
  givenName: string;
  email: string;
}

/** Fills every input the chosen category's form shows with a valid answer, then what the test overrides. */
export async function fillForm(page: Page, person: Person): Promise<void> {
  const answers: Record<string, string> = {
    givenName: person.givenName,
    familyName: 'Nurlanova',
    organization: 'Astana Trade Council',
    position: 'Analyst',
    email: person.email,
    phone: '+7 7172 123456',
    outlet: 'Steppe Daily',
    pressCardNumber: 'PC-2027-118',
    'passport.number': 'N1234567',
    'passport.expiryDate': '2035-01-01',
    'passport.dateOfBirth': '1990-05-01',
  };
  for (const [name, value] of Object.entries(answers)) {
    const input = page.locator(`[name="${name}"]`);
    if ((await input.count()) === 1) await input.fill(value);
  }
  for (const name of ['citizenship', 'passport.nationality']) {
    const select = page.locator(`select[name="${name}"]`);
    if ((await select.count()) === 1) await select.selectOption('KZ');
  }
  const photo = page.locator('input[type="file"][name="photo"]');
  if ((await photo.count()) === 1) await photo.setInputFiles(PHOTO);
  // Whatever else the category requires (a custom question, the media role): its first option, or a text.
  for (const required of await page.locator('select[aria-required="true"]').all()) {
    if (!(await required.inputValue())) await required.selectOption({ index: 1 });
  }
  for (const required of await page.locator('input[type="text"][aria-required="true"], textarea[aria-required="true"]').all()) {
    if (!(await required.inputValue())) await required.fill('Example');
  }
  await page.locator('input[name="consent"]').check();
}

export async function submit(page: Page): Promise<void> {
  await Promise.all([page.waitForLoadState('load'), page.locator('button[name="intent"][value="submit"]').click()]);
  await page.waitForLoadState('networkidle');
}

export async function chooseFirstCategory(page: Page): Promise<void> {
  if ((await page.locator('form.category-chooser').count()) === 0) return;
  await page.locator('form.category-chooser input[type="radio"]').first().check();
  await Promise.all([page.waitForURL(/category=/), page.locator('form.category-chooser button[type="submit"]').click()]);
}

