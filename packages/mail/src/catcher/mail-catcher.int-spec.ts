// The development mail catcher as the launcher and the tests use it: maildev in a child
// process on free ports, read through its REST API.
import { existsSync } from 'node:fs';
import { createConnection, createServer, type AddressInfo } from 'node:net';
import { composeMail } from '../compose-mail.js';
import { parseMailEnv } from '../mail-config.js';
import { createMailer } from '../mailer.js';
import { sampleMailParams } from '../testing/sample-mail-params.js';
import { MailCatcherClient } from './mail-catcher-client.js';
import { startMailCatcher, type MailCatcher } from './start-mail-catcher.js';

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function sendPasswordReset(catcher: MailCatcher, address: string, organizerName: string): Promise<void> {
  const mailer = createMailer(parseMailEnv(catcher.env, 'development'));
  try {
    await mailer.send(
      composeMail({
        kind: 'organizer.password-reset',
        locale: 'en',
        to: { address },
        params: { ...sampleMailParams()['organizer.password-reset'], organizerName },
      }),
    );
  } finally {
    mailer.close();
  }
}

describe(startMailCatcher.name, () => {
  it('runs side by side on free ports, each with its own inbox, and frees them on stop', async () => {
    const [first, second] = await Promise.all([startMailCatcher(), startMailCatcher()]);
    try {
      expect(new Set([first.smtpPort, first.webPort, second.smtpPort, second.webPort]).size).toBe(4);
      expect(first.webUrl).toBe(`http://127.0.0.1:${first.webPort}/`);
      expect(first.env).toEqual({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(first.smtpPort) });
      // The web UI answers a browser on the web port.
      const page = await fetch(first.webUrl, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>MailDev</title>');

      await sendPasswordReset(first, 'nino@example.org', 'Nino');
      const firstClient = new MailCatcherClient(first.webUrl);
      const secondClient = new MailCatcherClient(second.webUrl);
      expect((await firstClient.waitForMail('nino@example.org')).subject).toBe('Resetting your Caravan password');
      expect(await secondClient.list()).toEqual([]);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
    expect(await accepts(first.smtpPort)).toBe(false);
    expect(await accepts(first.webPort)).toBe(false);
  }, 60_000);

  it('refuses a port that is taken, saying why', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      await expect(startMailCatcher({ smtpPort: port })).rejects.toThrow(/maildev could not start: .*EADDRINUSE/);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  }, 60_000);

  it('keeps mail in a directory of its own and removes it on stop', async () => {
    const catcher = await startMailCatcher();
    await sendPasswordReset(catcher, 'dir@example.org', 'Dir');
    const client = new MailCatcherClient(catcher.webUrl);
    const caught = await client.waitForMail('dir@example.org');
    const response = await fetch(new URL(`api/email/${caught.id}`, catcher.webUrl));
    const { source } = (await response.json()) as { source: string };
    expect(existsSync(source)).toBe(true);
    await catcher.stop();
    expect(existsSync(source)).toBe(false);
  }, 60_000);
});

describe(MailCatcherClient.name, () => {
  let catcher: MailCatcher;
  let client: MailCatcherClient;

  beforeAll(async () => {
    catcher = await startMailCatcher();
    client = new MailCatcherClient(catcher.webUrl);
  }, 60_000);

  afterAll(async () => {
    await catcher?.stop();
  });

  beforeEach(async () => {
    await client.deleteAll();
  });

  it('lists, finds by recipient (case-insensitive) and deletes all', async () => {
    await sendPasswordReset(catcher, 'aigerim@example.kz', 'Aigerim');
    await sendPasswordReset(catcher, 'Giorgi@Example.ge', 'Giorgi');
    await client.waitForMail('giorgi@example.ge');
    // nodemailer writes the domain in lower case; the local part stays as given.
    expect((await client.list()).map((mail) => mail.to[0]?.address).sort()).toEqual(['Giorgi@example.ge', 'aigerim@example.kz']);
    const found = await client.findByRecipient('GIORGI@example.ge');
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toContain('Dear Giorgi,');
    expect((await client.get(found[0]?.id ?? '')).subject).toBe('Resetting your Caravan password');
    await client.deleteAll();
    expect(await client.list()).toEqual([]);
  });

  it('waits for a mail matching a predicate, and fails listing what did arrive', async () => {
    await sendPasswordReset(catcher, 'waiting@example.org', 'First');
    await expect(client.waitForMail('waiting@example.org', (mail) => mail.text?.includes('Dear Second,') ?? false, { timeoutMs: 300 })).rejects.toThrow(
      'No matching mail to waiting@example.org arrived within 300 ms; the catcher holds "Resetting your Caravan password" to waiting@example.org.',
    );
    await sendPasswordReset(catcher, 'waiting@example.org', 'Second');
    const second = await client.waitForMail('waiting@example.org', (mail) => mail.text?.includes('Dear Second,') ?? false);
    expect(second.text).toContain('Dear Second,');
  });

  it('reports an HTTP error with its status', async () => {
    await expect(client.get('no-such-id')).rejects.toThrow('Mail catcher answered 404 to GET email/no-such-id');
  });
});
