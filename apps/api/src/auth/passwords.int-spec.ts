// Password change and reset by mail, through the real GraphQL endpoint on real PostgreSQL; the
// reset mail goes through the outbox (jobs inline) to a real SMTP catcher, and the test reads the
// link from the mail it caught.
import { randomUUID } from 'node:crypto';
import { MailCatcherClient, startMailCatcher, type MailCatcher } from '@caravan/mail/catcher';
import { seedOrganizer, type OrganizerFixture } from '../testing/fixtures.js';
import { startTestApi, type TestApi } from '../testing/test-api.js';
import { until } from '../testing/worker-process.js';
import { PASSWORD_RESET_LIMITS } from './passwords.service.js';
import { PasswordsResolver } from './passwords.resolver.js';
import { hashSecret } from './refresh-tokens.js';

const ME = `{ me { email } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { refreshToken } }`;
const CHANGE = `mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`;
const REQUEST_RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($token: String!, $next: String!) { resetPassword(token: $token, newPassword: $next) }`;

type Problems = { field: string; reason: string }[];

describe(PasswordsResolver.name, () => {
  let api: TestApi;
  let catcher: MailCatcher;
  let inbox: MailCatcherClient;

  beforeAll(async () => {
    catcher = await startMailCatcher();
    inbox = new MailCatcherClient(catcher.webUrl);
    // No Redis: jobs run inline in the api, so the outbox row becomes a mail without a worker.
    api = await startTestApi({
      seed: 'empty',
      env: { REDIS_URL: 'off', ...catcher.env, MAIL_FROM: 'Caravan tests <tests@example.org>', CONSOLE_URL: 'https://console.example.org', OUTBOX_POLL_MS: '50' },
    });
  });

  afterAll(async () => {
    await api?.close();
    await catcher?.stop();
  });

  const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.['code'];
  const problemsOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.['problems'] as Problems | undefined;

  describe('changePassword', () => {
    let carol: OrganizerFixture;
    beforeAll(async () => {
      carol = await seedOrganizer(api.prisma);
    });

    it('refuses a visitor, a wrong current password and a short new one, changing nothing', async () => {
      const anonymous = await api.gql(CHANGE, { current: carol.password, next: 'a brand new long password' });
      expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
      const session = await api.signIn(carol);
      const wrong = await api.gql(CHANGE, { current: 'not my password at all', next: 'a brand new long password' }, { token: session.accessToken });
      expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
      expect(problemsOf(wrong)).toEqual([{ field: 'currentPassword', reason: 'is not the current password' }]);
      const short = await api.gql(CHANGE, { current: carol.password, next: 'short' }, { token: session.accessToken });
      expect(problemsOf(short)?.map((p) => p.field)).toEqual(['newPassword']);
      // The old password still signs in: nothing was changed.
      expect((await api.signIn(carol)).user.email).toBe(carol.email);
    });

    it('sets the new password and ends every other session, keeping the one that changed it', async () => {
      const mine = await api.signIn(carol);
      const other = await api.signIn(carol);
      const next = `new password ${randomUUID()}`;
      const changed = await api.gql<{ changePassword: boolean }>(CHANGE, { current: carol.password, next }, { token: mine.accessToken });
      expect(changed.errors).toBeUndefined();
      expect(changed.data?.changePassword).toBe(true);
      expect(codeOf(await api.gql(ME, {}, { token: other.accessToken }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await api.gql(REFRESH, { t: other.refreshToken }))).toBe('SESSION_INVALID');
      expect((await api.gql<{ me: { email: string } }>(ME, {}, { token: mine.accessToken })).data?.me.email).toBe(carol.email);
      const old = await api.gql(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }`, { e: carol.email, p: carol.password });
      expect(codeOf(old)).toBe('INVALID_CREDENTIALS');
      expect((await api.signIn({ email: carol.email, password: next })).user.email).toBe(carol.email);
      const audit = await api.prisma.auditEntry.findFirst({ where: { entityId: carol.id, entityType: 'User' }, orderBy: { at: 'desc' } });
      expect({ actorId: audit?.actorId, after: audit?.after }).toEqual({ actorId: carol.id, after: { passwordChanged: true, otherSessionsEnded: expect.any(Number) } });
      expect(JSON.stringify(audit)).not.toContain(next);
      carol = { ...carol, password: next };
    });
  });

  describe('password reset by mail', () => {
    const tokenIn = (text: string | undefined): string => {
      const match = /reset-password#token=([A-Za-z0-9_-]{43})/.exec(text ?? '');
      if (!match?.[1]) throw new Error(`no reset link in the mail: ${text}`);
      return match[1];
    };

    it('answers the same for an unknown email, and mails a single-use link to a known one that ends every session', async () => {
      const dave = await seedOrganizer(api.prisma, { displayName: 'Dave Organizer' });
      const session = await api.signIn(dave);
      const unknownEmail = `nobody-${randomUUID()}@example.org`;
      const known = await api.gql(REQUEST_RESET, { email: dave.email.toUpperCase() });
      const unknown = await api.gql(REQUEST_RESET, { email: unknownEmail });
      expect(known).toEqual(unknown);
      expect(known.data).toEqual({ requestPasswordReset: true });

      const mail = await inbox.waitForMail(dave.email, (m) => m.subject === 'Resetting your Caravan password', { timeoutMs: 30_000 });
      expect(mail.text).toContain('Dave Organizer');
      expect(mail.text).toContain('https://console.example.org/reset-password#token=');
      const token = tokenIn(mail.text);
      // Only the hash is stored.
      const rows = await api.prisma.passwordResetToken.findMany({ where: { user: { email: dave.email } } });
      expect(rows.map((r) => r.tokenHash)).toEqual([hashSecret(token)]);
      // Nothing at all was recorded for the unknown email.
      await until('the outbox to run', async () => (await api.prisma.outboxJob.count({ where: { status: 'PENDING' } })) === 0, 30_000);
      expect(await inbox.findByRecipient(unknownEmail)).toEqual([]);

      const next = `reset password ${randomUUID()}`;
      const reset = await api.gql<{ resetPassword: boolean }>(RESET, { token, next });
      expect(reset.errors).toBeUndefined();
      expect(reset.data?.resetPassword).toBe(true);
      expect(codeOf(await api.gql(ME, {}, { token: session.accessToken }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await api.gql(REFRESH, { t: session.refreshToken }))).toBe('SESSION_INVALID');
      expect((await api.signIn({ email: dave.email, password: next })).user.email).toBe(dave.email);

      // The link works once.
      const again = await api.gql(RESET, { token, next: `another password ${randomUUID()}` });
      expect(codeOf(again)).toBe('BAD_USER_INPUT');
      expect(problemsOf(again)).toEqual([{ field: 'token', reason: 'is unknown, expired or already used' }]);
      expect((await api.signIn({ email: dave.email, password: next })).user.email).toBe(dave.email);
    });

    it('refuses an expired link, a made-up one and a short password, changing nothing', async () => {
      const erin = await seedOrganizer(api.prisma);
      await api.gql(REQUEST_RESET, { email: erin.email });
      const token = tokenIn((await inbox.waitForMail(erin.email, () => true, { timeoutMs: 30_000 })).text);
      const short = await api.gql(RESET, { token, next: 'short' });
      expect(problemsOf(short)?.map((p) => p.field)).toEqual(['newPassword']);
      const madeUp = await api.gql(RESET, { token: 'A'.repeat(43), next: `made up ${randomUUID()}` });
      expect(problemsOf(madeUp)?.map((p) => p.field)).toEqual(['token']);
      await api.prisma.passwordResetToken.updateMany({ where: { tokenHash: hashSecret(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
      const expired = await api.gql(RESET, { token, next: `too late ${randomUUID()}` });
      expect(problemsOf(expired)?.map((p) => p.field)).toEqual(['token']);
      expect((await api.signIn(erin)).user.email).toBe(erin.email);
    });

    it('sends nothing to a disabled account', async () => {
      const frank = await seedOrganizer(api.prisma);
      await api.prisma.user.update({ where: { email: frank.email }, data: { disabledAt: new Date() } });
      const res = await api.gql(REQUEST_RESET, { email: frank.email });
      expect(res.data).toEqual({ requestPasswordReset: true });
      expect(await api.prisma.passwordResetToken.count({ where: { user: { email: frank.email } } })).toBe(0);
    });

    it('limits requests per email, whether or not it has an account', async () => {
      for (const email of [`limited-${randomUUID()}@example.org`, (await seedOrganizer(api.prisma)).email]) {
        for (let i = 0; i < PASSWORD_RESET_LIMITS.perEmail.points; i += 1) {
          expect((await api.gql(REQUEST_RESET, { email })).data).toEqual({ requestPasswordReset: true });
        }
        const blocked = await api.gql(REQUEST_RESET, { email });
        expect(codeOf(blocked)).toBe('RATE_LIMITED');
      }
    });
  });
});
