// The mail job against a real SMTP server (the development mail catcher) and real storage: what
// the recipient receives, and which failures are retried and which are final, recorded on a
// real outbox row.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@caravan/db/testing';
import { createMailer, type Mailer } from '@caravan/mail';
import { MailCatcherClient, startMailCatcher, type MailCatcher } from '@caravan/mail/catcher';
import { createLocalStorage, type ObjectStorage } from '@caravan/storage';
import { runOutboxJob } from '../outbox/run-outbox-job.js';
import { mailSendJob, type MailSendPayload } from './mail-send.job.js';

const approved = (address: string): MailSendPayload => ({
  kind: 'registration.approved',
  locale: 'kk',
  to: { address, name: 'Айгерім Сейітова' },
  params: {
    participantName: 'Айгерім Сейітова',
    editionName: 'XII форум',
    seriesName: 'China–Central Asia Cooperation Forum',
    category: 'Делегация мүшесі',
    reference: 'CCA12-00042',
    dates: { start: '2026-06-10', end: '2026-06-12' },
    portalUrl: 'https://forum.example.org/china-central-asia/12',
    magicLinkUrl: 'https://forum.example.org/a/abc',
  },
});

describe(`${mailSendJob.id} job`, () => {
  let catcher: MailCatcher;
  let inbox: MailCatcherClient;
  let mailer: Mailer;
  let storageDir: string;
  let storage: ObjectStorage;
  let testDb: TestDatabase;

  beforeAll(async () => {
    catcher = await startMailCatcher();
    inbox = new MailCatcherClient(catcher.webUrl);
    mailer = createMailer({ host: catcher.host, port: catcher.smtpPort, secure: false, from: { address: 'no-reply@caravan.test' } });
    storageDir = await mkdtemp(path.join(tmpdir(), 'caravan-mail-job-'));
    storage = createLocalStorage({ root: storageDir });
    testDb = await createTestDatabase();
  });

  afterAll(async () => {
    mailer?.close();
    await storage?.close();
    await catcher?.stop();
    await testDb?.drop();
    if (storageDir) await rm(storageDir, { recursive: true, force: true });
  });

  async function outboxRow(payload: unknown): Promise<string> {
    const row = await testDb.db.prisma.outboxJob.create({
      data: { queue: mailSendJob.queue, name: mailSendJob.id, version: mailSendJob.version, payload: payload as object },
    });
    return row.id;
  }

  function attempt(outboxId: string, payload: unknown, attemptNo = 1, maxAttempts = 5) {
    return runOutboxJob(
      { prisma: testDb.db.prisma, mailer, storage },
      { outboxId, name: mailSendJob.id, version: mailSendJob.version, payload, attempt: attemptNo, maxAttempts },
    );
  }

  it('delivers the mail in the recipient language, keyed by its outbox row', async () => {
    const payload = approved('aigerim@example.org');
    const id = await outboxRow(payload);
    await expect(attempt(id, payload)).resolves.toEqual({ status: 'DONE' });

    const mail = await inbox.waitForMail('aigerim@example.org');
    expect(mail.html).toContain('lang="kk"');
    expect(mail.text).toContain('CCA12-00042');
    expect(String(mail.headers['message-id'])).toContain(id);
    expect(await testDb.db.prisma.outboxJob.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'DONE', attempts: 1 });
  });

  it('attaches the file it names from storage', async () => {
    await storage.put('editions/e1/participants/a1/visa-letter-en.pdf', Buffer.from('%PDF-1.7 letter'), { contentType: 'application/pdf' });
    const payload: MailSendPayload = {
      kind: 'visa-letter.issued',
      locale: 'en',
      to: { address: 'letter@example.org' },
      params: { participantName: 'Giorgi Beridze', editionName: '12th Forum', seriesName: 'CCACF', reference: 'CCA12-7', dates: { start: '2026-06-10', end: '2026-06-12' } },
      attachments: [{ storageKey: 'editions/e1/participants/a1/visa-letter-en.pdf', filename: 'visa-support-letter.pdf', contentType: 'application/pdf' }],
    };
    await expect(attempt(await outboxRow(payload), payload)).resolves.toEqual({ status: 'DONE' });
    const mail = await inbox.waitForMail('letter@example.org');
    expect(mail.attachments.map((file) => file.filename)).toEqual(['visa-support-letter.pdf']);
  });

  it('fails at once, for good, when the file to attach is gone', async () => {
    const payload: MailSendPayload = {
      kind: 'visa-letter.issued',
      locale: 'en',
      to: { address: 'gone@example.org' },
      params: { participantName: 'G. B.', editionName: '12th Forum', seriesName: 'CCACF', reference: 'CCA12-8', dates: { start: '2026-06-10', end: '2026-06-12' } },
      attachments: [{ storageKey: 'editions/e1/participants/erased/visa-letter-en.pdf', filename: 'letter.pdf', contentType: 'application/pdf' }],
    };
    const id = await outboxRow(payload);
    const outcome = await attempt(id, payload);
    expect(outcome).toMatchObject({ status: 'FAILED', permanent: true, error: { code: 'ATTACHMENT_MISSING' } });
    expect(await testDb.db.prisma.outboxJob.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'FAILED', attempts: 1 });
  });

  it('fails at once, for good, when its parameters do not fit the kind', async () => {
    const payload = { ...approved('bad@example.org'), params: { participantName: 'No edition' } };
    const outcome = await attempt(await outboxRow(payload), payload);
    expect(outcome).toMatchObject({ status: 'FAILED', permanent: true, error: { code: 'JOB_PAYLOAD_INVALID' } });
    expect(outcome.status !== 'DONE' && outcome.error.message).toContain('editionName');
  });

  it('is retried when the relay cannot be reached, and failed once the attempts are spent', async () => {
    const unreachable = createMailer({ host: '127.0.0.1', port: 1, secure: false, from: { address: 'no-reply@caravan.test' }, timeoutMs: 2000 });
    try {
      const payload = approved('later@example.org');
      const id = await outboxRow(payload);
      const context = { prisma: testDb.db.prisma, mailer: unreachable, storage };
      const job = { outboxId: id, name: mailSendJob.id, version: mailSendJob.version, payload, maxAttempts: 2 };
      expect(await runOutboxJob(context, { ...job, attempt: 1 })).toMatchObject({ status: 'WILL_RETRY', permanent: false, error: { code: 'MAIL_UNDELIVERED' } });
      expect(await runOutboxJob(context, { ...job, attempt: 2 })).toMatchObject({ status: 'FAILED', permanent: false });
      expect(await testDb.db.prisma.outboxJob.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'FAILED', attempts: 2 });
      expect(await inbox.findByRecipient('later@example.org')).toEqual([]);
    } finally {
      unreachable.close();
    }
  });
});
