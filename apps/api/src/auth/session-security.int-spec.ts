// Session security of organizer accounts, through the real GraphQL endpoint: the absolute session
// lifetime, disabling and enabling an account (its sessions end at once), and the log lines and
// metrics of failed sign-ins and refused requests.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import { clientAddressHash } from '../common/client-address-hash.js';
import { SecurityLog } from '../observability/security-log.js';
import { seedOrganizer } from '../testing/fixtures.js';
import { parseMetrics, samples } from '../testing/prometheus-text.js';
import { randomAddress, SIGN_IN, startTestApi, type TestApi } from '../testing/test-api.js';
import { AUTH_SECRET } from './auth.tokens.js';

const ME = `{ me { email } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const DISABLE = `mutation($e: String!) { disableOrganizer(userEmail: $e) }`;
const ENABLE = `mutation($e: String!) { enableOrganizer(userEmail: $e) }`;
const HOUR_MS = 60 * 60 * 1000;

describe(SecurityLog.name, () => {
  let api: TestApi;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        callback();
      },
    });
    api = await startTestApi({ env: { SESSION_MAX_HOURS: '12' }, logger: pino({ level: 'info' }, sink) });
  });

  afterAll(async () => {
    await api?.close();
  });

  const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.['code'];
  const sessionIdOf = (refreshToken: string) => refreshToken.split('.')[0] ?? '';

  describe('absolute session lifetime', () => {
    it('refuses to refresh a session older than SESSION_MAX_HOURS, however recently it was refreshed', async () => {
      const grace = await seedOrganizer(api.prisma);
      const young = await api.signIn(grace);
      const old = await api.signIn(grace);
      // The sign-in happened 11 h 59 min and 12 h 1 min ago; both were refreshed a minute ago.
      await api.prisma.authSession.update({ where: { id: sessionIdOf(young.refreshToken) }, data: { createdAt: new Date(Date.now() - 12 * HOUR_MS + 60_000) } });
      await api.prisma.authSession.update({ where: { id: sessionIdOf(old.refreshToken) }, data: { createdAt: new Date(Date.now() - 12 * HOUR_MS - 60_000) } });
      const youngRefresh = await api.gql<{ refreshSession: { refreshToken: string } }>(REFRESH, { t: young.refreshToken });
      expect(youngRefresh.errors).toBeUndefined();
      expect(codeOf(await api.gql(REFRESH, { t: old.refreshToken }))).toBe('SESSION_INVALID');
      // The refreshed young session's refresh token expires at the session's absolute end, not 30 days on.
      const row = await api.prisma.authSession.findUniqueOrThrow({ where: { id: sessionIdOf(young.refreshToken) } });
      expect(row.expiresAt.getTime()).toBe(row.createdAt.getTime() + 12 * HOUR_MS);
    });

    it('gives a new session a refresh token that lasts until its absolute end', async () => {
      const session = await api.signIn(await seedOrganizer(api.prisma));
      const row = await api.prisma.authSession.findUniqueOrThrow({ where: { id: sessionIdOf(session.refreshToken) } });
      expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(12 * HOUR_MS + 1000);
      expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(12 * HOUR_MS - 60_000);
    });
  });

  describe('disableOrganizer and enableOrganizer', () => {
    it('ends the sessions of a disabled account at once; it cannot sign in or refresh until enabled again', async () => {
      const helen = await seedOrganizer(api.prisma, { grants: [{ seriesSlug: 'china-central-asia', role: 'CHECKIN_STAFF' }] });
      const session = await api.signIn(helen);
      const disabled = await api.as('ccaOrganizer').gql<{ disableOrganizer: boolean }>(DISABLE, { e: helen.email });
      expect(disabled.errors).toBeUndefined();
      expect(disabled.data?.disableOrganizer).toBe(true);
      expect(codeOf(await api.gql(ME, {}, { token: session.accessToken }))).toBe('UNAUTHENTICATED');
      expect((await api.prisma.authSession.findUniqueOrThrow({ where: { id: sessionIdOf(session.refreshToken) } })).revokedAt).toBeInstanceOf(Date);
      expect(codeOf(await api.gql(REFRESH, { t: session.refreshToken }))).toBe('SESSION_INVALID');
      const signIn = await api.gql(SIGN_IN, { email: helen.email, password: helen.password });
      expect({ code: codeOf(signIn), message: signIn.errors?.[0]?.message }).toEqual({ code: 'FORBIDDEN', message: expect.stringContaining('disabled') });

      const enabled = await api.as('ccaOrganizer').gql<{ enableOrganizer: boolean }>(ENABLE, { e: helen.email });
      expect(enabled.data?.enableOrganizer).toBe(true);
      expect((await api.signIn(helen)).user.email).toBe(helen.email);
      // The old session stays ended: enabling is no way back into it.
      expect(codeOf(await api.gql(REFRESH, { t: session.refreshToken }))).toBe('SESSION_INVALID');
    });

    it("refuses a series admin an account that also works in another series, and one's own account", async () => {
      const ivan = await seedOrganizer(api.prisma, {
        grants: [
          { seriesSlug: 'china-central-asia', role: 'PROGRAMME_EDITOR' },
          { seriesSlug: 'china-caucasus', role: 'PROGRAMME_EDITOR' },
        ],
      });
      expect(codeOf(await api.as('ccaOrganizer').gql(DISABLE, { e: ivan.email }))).toBe('FORBIDDEN');
      expect(await api.prisma.user.findUniqueOrThrow({ where: { id: ivan.id } })).toMatchObject({ disabledAt: null });
      expect((await api.as('platformAdmin').gql(DISABLE, { e: ivan.email })).data).toEqual({ disableOrganizer: true });
      const self = await api.as('platformAdmin').gql(DISABLE, { e: 'admin@caravan.local' });
      expect({ code: codeOf(self), problems: self.errors?.[0]?.extensions?.['problems'] }).toEqual({ code: 'BAD_USER_INPUT', problems: [{ field: 'userEmail', reason: 'is your own account' }] });
    });
  });

  describe('security log and metrics', () => {
    const scrapeSecurityEvents = async (labels: Record<string, string>) => {
      const res = await api.app.inject({ method: 'GET', url: '/metrics' });
      return Number(samples(parseMetrics(res.body), 'caravan_security_events_total', labels)[0]?.value ?? 0);
    };
    const securityLines = (event: string) => lines.filter((line) => line['securityEvent'] === event);

    it('logs a failed sign-in with its reason, the account when known and a hash of the address, never the password, and counts it', async () => {
      const jane = await seedOrganizer(api.prisma);
      const address = randomAddress();
      const before = await scrapeSecurityEvents({ event: 'sign_in_failed', reason: 'INVALID_CREDENTIALS' });
      const wrongPassword = `wrong password ${randomUUID()}`;
      const unknownEmail = `nobody-${randomUUID()}@example.org`;
      await api.gql(SIGN_IN, { email: jane.email, password: wrongPassword }, { address });
      await api.gql(SIGN_IN, { email: unknownEmail, password: wrongPassword }, { address });
      expect(await scrapeSecurityEvents({ event: 'sign_in_failed', reason: 'INVALID_CREDENTIALS' })).toBe(before + 2);
      const hash = clientAddressHash(api.app.get<Uint8Array>(AUTH_SECRET), address);
      const mine = securityLines('sign_in_failed').filter((line) => line['clientAddressHash'] === hash);
      expect(mine).toEqual([
        expect.objectContaining({ level: 40, reason: 'INVALID_CREDENTIALS', accountId: jane.id, operation: 'signIn' }),
        expect.objectContaining({ level: 40, reason: 'INVALID_CREDENTIALS', accountId: null, operation: 'signIn' }),
      ]);
      const logged = JSON.stringify(lines);
      expect(logged).not.toContain(wrongPassword);
      expect(logged).not.toContain(address);
    });

    it('logs and counts refused requests: a visitor and an organizer without the right, with the account id', async () => {
      const kim = await seedOrganizer(api.prisma, { grants: [{ seriesSlug: 'china-central-asia', role: 'CHECKIN_STAFF' }] });
      const session = await api.signIn(kim);
      const beforeForbidden = await scrapeSecurityEvents({ event: 'refused', reason: 'FORBIDDEN' });
      const beforeUnauthenticated = await scrapeSecurityEvents({ event: 'refused', reason: 'UNAUTHENTICATED' });
      const mutation = `mutation Publish { publishSeries(slug: "china-central-asia") { slug } }`;
      const forbidden = await api.gql(mutation, {}, { token: session.accessToken });
      expect(codeOf(forbidden)).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(mutation))).toBe('UNAUTHENTICATED');
      expect(await scrapeSecurityEvents({ event: 'refused', reason: 'FORBIDDEN' })).toBe(beforeForbidden + 1);
      expect(await scrapeSecurityEvents({ event: 'refused', reason: 'UNAUTHENTICATED' })).toBe(beforeUnauthenticated + 1);
      expect(securityLines('refused').filter((line) => line['accountId'] === kim.id)).toEqual([
        expect.objectContaining({ level: 40, reason: 'FORBIDDEN', operation: 'Publish', clientAddressHash: expect.stringMatching(/^[0-9a-f]{64}$/) }),
      ]);
      // Negative control: a request that is not refused logs no security line.
      const count = lines.length;
      expect((await api.gql(ME, {}, { token: session.accessToken })).errors).toBeUndefined();
      expect(lines.slice(count).filter((line) => line['securityEvent'] !== undefined)).toEqual([]);
    });
  });
});
