// Mail through a real SMTP server: every kind, in five languages, sent by createMailer to a
// maildev started for this file, and read back through maildev's REST API.
import { generateKeyPairSync } from 'node:crypto';
import { MailCatcherClient, startMailCatcher, type CaughtMail, type MailCatcher } from './catcher/index.js';
import { composeMail, type OutgoingMail } from './compose-mail.js';
import { parseMailEnv } from './mail-config.js';
import { MAIL_KIND_DEFINITIONS, MAIL_KINDS, type MailKind } from './mail-kinds.js';
import { createMailer, type Mailer } from './mailer.js';
import { HOSTILE_NAME, sampleMailParams } from './testing/sample-mail-params.js';

const LOCALES = ['en', 'ru', 'zh-Hans', 'kk', 'ka'] as const;
const hostile = sampleMailParams(HOSTILE_NAME);
const letter = { filename: 'visa-letter-CCA11-0042.pdf', content: new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n'), contentType: 'application/pdf' };

let catcher: MailCatcher;
let client: MailCatcherClient;
let mailer: Mailer;

beforeAll(async () => {
  catcher = await startMailCatcher();
  client = new MailCatcherClient(catcher.webUrl);
  mailer = createMailer(parseMailEnv(catcher.env, 'development'));
}, 60_000);

afterAll(async () => {
  mailer?.close();
  await catcher?.stop();
});

function compose<K extends MailKind>(kind: K, locale: string, address: string): OutgoingMail {
  return composeMail({
    kind,
    locale,
    to: { address, name: HOSTILE_NAME },
    params: hostile[kind],
    primaryColor: '#1D3B8B',
    ...(MAIL_KIND_DEFINITIONS[kind].attachment === 'required' ? { attachments: [letter] } : {}),
  });
}

/** The header block of the MIME part whose body starts after it, for each text part. */
function partHeaders(source: string): string[] {
  return source.split(/\r?\n\r?\n/).filter((block) => /^Content-Type: text\//im.test(block) && !/multipart/i.test(block));
}

describe(createMailer.name, () => {
  it('sends every kind in en, ru, zh-Hans, kk and ka, and the catcher receives exactly what was rendered', async () => {
    const sent: { kind: MailKind; locale: string; address: string; mail: OutgoingMail; messageId: string }[] = [];
    for (const kind of MAIL_KINDS) {
      for (const locale of LOCALES) {
        const address = `${kind}.${locale}@example.org`.toLowerCase();
        const mail = compose(kind, locale, address);
        sent.push({ kind, locale, address, mail, messageId: await mailer.send(mail) });
      }
    }

    const received = new Map<string, CaughtMail>();
    for (const caught of await client.list()) received.set(caught.to[0]?.address ?? '', caught);
    expect(received.size).toBe(MAIL_KINDS.length * LOCALES.length);

    for (const { kind, locale, address, mail, messageId } of sent) {
      const caught = received.get(address);
      expect({ kind, locale, found: caught !== undefined }).toEqual({ kind, locale, found: true });
      if (!caught) continue;
      expect(caught.subject).toBe(mail.subject);
      expect(caught.to).toEqual([{ address, name: HOSTILE_NAME }]);
      expect(caught.from).toEqual([{ address: 'no-reply@caravan.local', name: 'Caravan' }]);
      expect(caught.headers['message-id']).toBe(messageId);
      expect(caught.headers['content-language']).toBe(locale);
      expect(caught.headers['auto-submitted']).toBe('auto-generated');
      expect(caught.headers['x-caravan-mail-kind']).toBe(kind);

      // Both parts arrive whole and decoded: the text as rendered, the html as rendered.
      expect(caught.text?.trimEnd()).toBe(mail.text.trimEnd());
      expect(caught.html?.trimEnd()).toBe(mail.html.trimEnd());
      expect(caught.html).toContain(`<html lang="${locale}" dir="ltr">`);
      expect(caught.html).toContain('<bdi>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien &amp; \u202Eelbat\u202C Ахмедов</bdi>');
      expect(caught.html).not.toContain('<script>');

      // ...and each part declared its charset on the wire.
      const headers = partHeaders(await client.source(caught.id));
      expect(headers.some((block) => /Content-Type: text\/plain; charset=utf-8/i.test(block))).toBe(true);
      expect(headers.some((block) => /Content-Type: text\/html; charset=utf-8/i.test(block))).toBe(true);

      if (MAIL_KIND_DEFINITIONS[kind].attachment === 'required') {
        expect(caught.attachments).toEqual([expect.objectContaining({ filename: letter.filename, contentType: 'application/pdf' })]);
      } else {
        expect(caught.attachments).toEqual([]);
      }
    }
  }, 120_000);

  it('derives the Message-ID from a message key, so a retried job sends the same one', async () => {
    const mail = { ...compose('organizer.password-reset', 'en', 'keyed@example.org'), messageKey: 'outbox-7f3a' };
    expect(await mailer.send(mail)).toBe('<outbox-7f3a@caravan.local>');
    const caught = await client.waitForMail('keyed@example.org');
    expect(caught.headers['message-id']).toBe('<outbox-7f3a@caravan.local>');
  });

  it('signs with DKIM when configured', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const signing = createMailer({
      ...parseMailEnv(catcher.env, 'development'),
      dkim: { domainName: 'caravan.local', keySelector: 'mail2024', privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() },
    });
    try {
      await signing.send(compose('organizer.sign-in-alert', 'ru', 'signed@example.org'));
    } finally {
      signing.close();
    }
    const caught = await client.waitForMail('signed@example.org');
    const source = await client.source(caught.id);
    expect(source).toMatch(/^DKIM-Signature: v=1; a=rsa-sha256; c=relaxed\/relaxed; d=caravan\.local;/m);
    expect(source).toMatch(/ s=mail2024;/);
  });

  it('verifies the connection to the relay', async () => {
    await expect(mailer.verify()).resolves.toBeUndefined();
  });
});
