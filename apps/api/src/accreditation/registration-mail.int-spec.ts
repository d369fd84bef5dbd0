// A submission's mail, end to end on the real services: recorded in the outbox in the
// submission's transaction, sent by the job runner (inline here: no Redis) through nodemailer to
// the development mail catcher, and read back from it, in the participant's language with the
// magic link to the portal. A submission rolled back after its mail was recorded sends nothing;
// a replayed Idempotency-Key neither submits nor mails twice.
import { randomUUID } from 'node:crypto';
import { MailCatcherClient, startMailCatcher, type MailCatcher } from '@caravan/mail/catcher';
import { OutboxDispatcher } from '../jobs/outbox.dispatcher.js';
import { startTestApi, type TestApi } from '../testing/test-api.js';
import { MagicLinks } from './magic-links.js';
import { seedOpenRegistration, SUBMIT, validAnswers, type RegistrationFixture } from './testing/registration-fixture.js';

describe('the mail of a submission', () => {
  let catcher: MailCatcher;
  let inbox: MailCatcherClient;
  let api: TestApi;
  let fixture!: RegistrationFixture;

  beforeAll(async () => {
    catcher = await startMailCatcher();
    inbox = new MailCatcherClient(catcher.webUrl);
    api = await startTestApi({
      seed: async (prisma) => {
        fixture = await seedOpenRegistration(prisma, { categories: { business: { optional: ['photo'] }, observer: { approval: 'AUTO_APPROVED', capacity: 10, optional: ['photo'] } } });
      },
      env: { REDIS_URL: 'off', ...catcher.env, MAIL_FROM: 'Forum <forum@example.org>', PORTAL_URL: 'https://portal.example.org/', OUTBOX_POLL_MS: '600000' },
    });
  });
  afterAll(async () => {
    await api?.close();
    await catcher?.stop();
  });

  const submit = (email: string, options: { category?: string; language?: string; key?: string } = {}) =>
    api.gql<{ submitApplication: { reference: string; status: string; email: string } }>(
      SUBMIT,
      { input: { editionId: fixture.editionId, category: options.category ?? 'business', language: options.language ?? 'ru', answers: validAnswers(fixture, email) } },
      options.key ? { headers: { 'Idempotency-Key': options.key } } : {},
    );

  it('mails "received" in the participant\'s language, with a magic link that opens the application', async () => {
    const email = `${randomUUID()}@example.org`;
    const res = await submit(email);
    expect(res.errors).toBeUndefined();
    expect(res.data?.submitApplication).toMatchObject({ status: 'SUBMITTED', email });
    await api.app.get(OutboxDispatcher).kick();
    const mail = await inbox.waitForMail(email);
    expect(mail.html).toContain('lang="ru"');
    expect(mail.text).toContain(res.data?.submitApplication.reference);
    const link = (mail.text ?? '').match(/https:\/\/portal\.example\.org\/application\/(\S+)/);
    expect(link).not.toBeNull();
    const application = await api.prisma.application.findUniqueOrThrow({ where: { reference: res.data?.submitApplication.reference ?? '' } });
    expect(await api.app.get(MagicLinks).applicationId(decodeURIComponent(link?.[1] ?? ''))).toBe(application.id);
  });

  it('mails "approved" for an auto-approved category, in English when asked', async () => {
    const email = `${randomUUID()}@example.org`;
    const res = await submit(email, { category: 'observer', language: 'en' });
    expect(res.data?.submitApplication.status).toBe('APPROVED');
    await api.app.get(OutboxDispatcher).kick();
    const mail = await inbox.waitForMail(email);
    expect(mail.html).toContain('lang="en"');
    expect(mail.text).toContain('https://portal.example.org/china-central-asia/20');
  });

  it('sends nothing for a submission rolled back after its mail was recorded', async () => {
    const email = `${randomUUID()}@example.org`;
    // A real fault of the database, after the outbox row is written: the audit row is refused.
    await api.prisma.$executeRawUnsafe(`
      CREATE FUNCTION refuse_application_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW."entityType" = 'Application' THEN RAISE EXCEPTION 'audit refused by the test'; END IF; RETURN NEW; END $$`);
    await api.prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_application_audit BEFORE INSERT ON "AuditEntry" FOR EACH ROW EXECUTE FUNCTION refuse_application_audit()`);
    try {
      const res = await submit(email);
      expect(res.errors?.[0]?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await api.prisma.$executeRawUnsafe('DROP TRIGGER refuse_application_audit ON "AuditEntry"');
      await api.prisma.$executeRawUnsafe('DROP FUNCTION refuse_application_audit()');
    }
    expect(await api.prisma.application.count({ where: { email } })).toBe(0);
    expect(await api.prisma.outboxJob.count({ where: { payload: { path: ['to', 'address'], equals: email } } })).toBe(0);
    // A later submission's mail arrives; the rolled-back one never does.
    const after = `${randomUUID()}@example.org`;
    await submit(after);
    await api.app.get(OutboxDispatcher).kick();
    await inbox.waitForMail(after);
    expect(await inbox.findByRecipient(email)).toEqual([]);
  });

  it('submits and mails once for requests replaying one Idempotency-Key in parallel; another body with the key is refused', async () => {
    const email = `${randomUUID()}@example.org`;
    const key = randomUUID();
    const address = '198.51.100.77';
    const replays = await Promise.all(
      Array.from({ length: 6 }, () =>
        api.gql<{ submitApplication: { reference: string } }>(
          SUBMIT,
          { input: { editionId: fixture.editionId, category: 'business', language: 'en', answers: validAnswers(fixture, email) } },
          { address, headers: { 'Idempotency-Key': key } },
        ),
      ),
    );
    expect(replays.map((r) => r.errors)).toEqual(replays.map(() => undefined));
    expect(new Set(replays.map((r) => r.data?.submitApplication.reference)).size).toBe(1);
    expect(await api.prisma.application.count({ where: { email } })).toBe(1);
    expect(await api.prisma.outboxJob.count({ where: { payload: { path: ['to', 'address'], equals: email } } })).toBe(1);
    const other = await api.gql(
      SUBMIT,
      { input: { editionId: fixture.editionId, category: 'business', language: 'en', answers: validAnswers(fixture, `${randomUUID()}@example.org`) } },
      { address, headers: { 'Idempotency-Key': key } },
    );
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', idempotencyKey: key });
  });
});
