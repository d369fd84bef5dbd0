// Sign-in, rate limits, refresh rotation with reuse detection, sign-out and token expiry,
// through the real GraphQL endpoint on real PostgreSQL and Redis.
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { decodeJwt } from 'jose';
import { ACCESS_TOKEN_TTL_SECONDS, AccessTokens } from './access-tokens.js';
import { AUTH_SECRET } from './auth.tokens.js';
import { AuthResolver } from './auth.resolver.js';
import { accountAtAddress, DEFAULT_SIGN_IN_LIMITS } from './sign-in-limiter.js';
import { seedOrganizer, type OrganizerFixture } from '../testing/fixtures.js';
import { randomAddress, SIGN_IN, startTestApi, TEST_REDIS_URL, type SignedIn, type TestApi } from '../testing/test-api.js';

const ME = `{ me { email displayName isPlatformAdmin } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken expiresAt } }`;
const SIGN_OUT = `mutation($t: String!) { signOut(refreshToken: $t) }`;

interface RefreshData {
  refreshSession: { accessToken: string; refreshToken: string; expiresAt: string };
}

describe(AuthResolver.name, () => {
  let api: TestApi;
  let redis: Redis;
  let alice: OrganizerFixture;

  beforeAll(async () => {
    api = await startTestApi({ seed: 'empty' });
    redis = new Redis(TEST_REDIS_URL, { keyPrefix: api.redisKeyPrefix });
    alice = await seedOrganizer(api.prisma, { displayName: 'Alice Organizer' });
  });

  afterAll(async () => {
    redis?.disconnect();
    await api?.close();
  });

  it('signs in with the right password and the access token identifies the organizer', async () => {
    const session = await api.signIn({ ...alice, email: `  ${alice.email.toUpperCase()} ` });
    expect(session.user.email).toBe(alice.email);
    // The token lives ACCESS_TOKEN_TTL_SECONDS from its own issue time, and expiresAt says when;
    // read from the token, not from the clock of the test, so hashing time cannot matter.
    const { iat, exp } = decodeJwt(session.accessToken);
    expect({ lifetime: (exp ?? 0) - (iat ?? 0), expiresAt: Date.parse(session.expiresAt) }).toEqual({ lifetime: ACCESS_TOKEN_TTL_SECONDS, expiresAt: (exp ?? 0) * 1000 });
    const me = await api.gql<{ me: { email: string; displayName: string; isPlatformAdmin: boolean } }>(ME, {}, { token: session.accessToken });
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toEqual({ email: alice.email, displayName: 'Alice Organizer', isPlatformAdmin: false });
    // Only the hash of the refresh token is stored.
    const rows = await api.prisma.authSession.findMany({ where: { userId: alice.id } });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.refreshTokenHash)).not.toContain(session.refreshToken.split('.')[1]);
  });

  it('answers a wrong password and an unknown email with the same error', async () => {
    const wrongPassword = await api.gql<{ signIn: SignedIn }>(SIGN_IN, { email: alice.email, password: 'not the password at all' });
    const unknownEmail = await api.gql<{ signIn: SignedIn }>(SIGN_IN, { email: `nobody-${randomUUID()}@example.org`, password: alice.password });
    expect(wrongPassword.data).toBeNull();
    expect(wrongPassword.errors?.[0]?.extensions?.['code']).toBe('INVALID_CREDENTIALS');
    expect(unknownEmail.errors).toEqual(wrongPassword.errors);
  });

  it('is anonymous without a token: me is null', async () => {
    const res = await api.gql<{ me: null }>(ME);
    expect(res.errors).toBeUndefined();
    expect(res.data?.me).toBeNull();
  });

  it('refuses an account at one address after 5 attempts, even with the right password, and lets its owner in from elsewhere', async () => {
    const bob = await seedOrganizer(api.prisma);
    const stranger = randomAddress();
    for (let i = 0; i < DEFAULT_SIGN_IN_LIMITS.perAccountAndAddress; i += 1) {
      const res = await api.gql<{ signIn: SignedIn }>(SIGN_IN, { email: bob.email, password: `wrong guess ${i}` }, { address: stranger });
      expect(res.errors?.[0]?.extensions?.['code']).toBe('INVALID_CREDENTIALS');
    }
    const key = `caravan:sign-in:account-address:${accountAtAddress(bob.email, stranger)}`;
    expect(await redis.get(key)).toBe(String(DEFAULT_SIGN_IN_LIMITS.perAccountAndAddress));
    const blocked = await api.gql<{ signIn: SignedIn }>(SIGN_IN, { email: bob.email, password: bob.password }, { address: stranger });
    expect(blocked.data).toBeNull();
    expect(blocked.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
    const retryAfter = Number(blocked.errors?.[0]?.extensions?.['retryAfterSeconds']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(DEFAULT_SIGN_IN_LIMITS.windowSeconds);
    expect(blocked.errors?.[0]?.message).toContain(`${retryAfter} seconds`);
    // The stranger's guesses do not lock the owner out of their own account.
    const owner = await api.gql<{ signIn: SignedIn }>(SIGN_IN, { email: bob.email, password: bob.password }, { address: randomAddress() });
    expect(owner.errors).toBeUndefined();
    await redis.del(key);
  });

  it('refuses sign-in from an address after its attempts are used up, whatever the email', async () => {
    const address = randomAddress();
    for (let i = 0; i < DEFAULT_SIGN_IN_LIMITS.perAddress; i += 1) {
      const res = await api.gql<{ signIn: SignedIn }>(SIGN_IN, { email: `guess-${randomUUID()}@example.org`, password: 'wrong' }, { address });
      expect(res.errors?.[0]?.extensions?.['code']).toBe('INVALID_CREDENTIALS');
    }
    const blocked = await api.gql<{ signIn: SignedIn }>(SIGN_IN, { email: alice.email, password: alice.password }, { address });
    expect(blocked.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
    const elsewhere = await api.gql<{ signIn: SignedIn }>(SIGN_IN, { email: alice.email, password: alice.password });
    expect(elsewhere.errors).toBeUndefined();
    await redis.del(`caravan:sign-in:address:${address}`);
  });

  it('rotates the refresh token, and reuse of a rotated one ends the whole session', async () => {
    const first = await api.signIn(alice);
    const rotated = await api.gql<RefreshData>(REFRESH, { t: first.refreshToken });
    expect(rotated.errors).toBeUndefined();
    const second = rotated.data?.refreshSession;
    expect(second?.refreshToken).toBeDefined();
    expect(second?.refreshToken).not.toBe(first.refreshToken);
    const me = await api.gql<{ me: { email: string } }>(ME, {}, { token: second?.accessToken ?? '' });
    expect(me.data?.me.email).toBe(alice.email);

    const reuse = await api.gql<RefreshData>(REFRESH, { t: first.refreshToken });
    expect(reuse.errors?.[0]?.extensions?.['code']).toBe('SESSION_INVALID');
    // The reuse ended the family: the newest refresh token and its access token are dead too.
    const afterReuse = await api.gql<RefreshData>(REFRESH, { t: second?.refreshToken ?? '' });
    expect(afterReuse.errors?.[0]?.extensions?.['code']).toBe('SESSION_INVALID');
    const meAfter = await api.gql<{ me: null }>(ME, {}, { token: second?.accessToken ?? '' });
    expect(meAfter.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const sessionId = first.refreshToken.split('.')[0] ?? '';
    const row = await api.prisma.authSession.findUnique({ where: { id: sessionId } });
    expect(row?.revokedAt).toBeInstanceOf(Date);
  });

  it('does not end a session for a refresh token that was never issued, even with its session id', async () => {
    const session = await api.signIn(alice);
    const sessionId = session.refreshToken.split('.')[0] ?? '';
    // The session id is readable in the access token; the secret part is a guess.
    const guess = `${sessionId}.${'A'.repeat(43)}`;
    const refused = await api.gql<RefreshData>(REFRESH, { t: guess });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('SESSION_INVALID');
    const me = await api.gql<{ me: { email: string } }>(ME, {}, { token: session.accessToken });
    expect(me.data?.me.email).toBe(alice.email);
    const refreshed = await api.gql<RefreshData>(REFRESH, { t: session.refreshToken });
    expect(refreshed.errors).toBeUndefined();
    // Negative control: a token that was genuinely issued and then replaced does end the session.
    const reuse = await api.gql<RefreshData>(REFRESH, { t: session.refreshToken });
    expect(reuse.errors?.[0]?.extensions?.['code']).toBe('SESSION_INVALID');
    expect((await api.prisma.authSession.findUniqueOrThrow({ where: { id: sessionId } })).revokedAt).toBeInstanceOf(Date);
  });

  it('signs out: the refresh token and the access token stop working', async () => {
    const session = await api.signIn(alice);
    const out = await api.gql<{ signOut: boolean }>(SIGN_OUT, { t: session.refreshToken });
    expect(out.data?.signOut).toBe(true);
    const again = await api.gql<{ signOut: boolean }>(SIGN_OUT, { t: session.refreshToken });
    expect(again.data?.signOut).toBe(false);
    const refresh = await api.gql<RefreshData>(REFRESH, { t: session.refreshToken });
    expect(refresh.errors?.[0]?.extensions?.['code']).toBe('SESSION_INVALID');
    const me = await api.gql<{ me: null }>(ME, {}, { token: session.accessToken });
    expect(me.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(me.errors?.[0]?.message).toContain('Sign in again');
  });

  it('refuses an expired access token and a forged one', async () => {
    const session = await api.signIn(alice);
    const sessionId = session.refreshToken.split('.')[0] ?? '';
    const secret = api.app.get<Uint8Array>(AUTH_SECRET);
    const past = new AccessTokens(secret, () => new Date(Date.now() - 16 * 60_000));
    const expired = await past.issue({ userId: alice.id, sessionId });
    const res = await api.gql<{ me: null }>(ME, {}, { token: expired.token });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0]?.message).toContain('expired');
    // A token signed with another key for the same live session is refused as well.
    const forger = new AccessTokens(new TextEncoder().encode('x'.repeat(48)));
    const forged = await forger.issue({ userId: alice.id, sessionId });
    const forgedRes = await api.gql<{ me: null }>(ME, {}, { token: forged.token });
    expect(forgedRes.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    // The genuine token of the same session still works: only the bad ones were refused.
    const ok = await api.gql<{ me: { email: string } }>(ME, {}, { token: session.accessToken });
    expect(ok.data?.me.email).toBe(alice.email);
  });
});

describe('sign-in behind proxies (TRUST_PROXY)', () => {
  const INGRESS = '10.0.0.5';
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis(TEST_REDIS_URL);
  });
  afterAll(() => redis?.disconnect());

  /** A sign-in as the proxy delivers it: from `remote`, with the X-Forwarded-For it was given. */
  const signInVia = (api: TestApi, remote: string, forwardedFor: string) =>
    api.app.inject({
      method: 'POST',
      url: '/graphql',
      remoteAddress: remote,
      headers: { 'x-forwarded-for': forwardedFor },
      payload: { query: SIGN_IN, variables: { email: `guess-${randomUUID()}@example.org`, password: 'wrong' } },
    });
  const codeOf = (res: { json: () => unknown }) => (res.json() as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;

  async function exhaust(api: TestApi, remote: string, forwardedFor: (i: number) => string): Promise<string | undefined> {
    for (let i = 0; i < DEFAULT_SIGN_IN_LIMITS.perAddress; i += 1) expect(codeOf(await signInVia(api, remote, forwardedFor(i)))).toBe('INVALID_CREDENTIALS');
    return codeOf(await signInVia(api, remote, forwardedFor(99)));
  }

  it('with a hop count, keys on the address the proxy saw, whatever the client puts in front of it', async () => {
    const api = await startTestApi({ seed: 'empty', env: { TRUST_PROXY: '1' } });
    try {
      const client = randomAddress();
      // The client forges a new left-most entry every time; the proxy appends the real address.
      expect(await exhaust(api, INGRESS, (i) => `203.0.113.${i}, ${client}`)).toBe('RATE_LIMITED');
      // Another client behind the same ingress is not affected.
      expect(codeOf(await signInVia(api, INGRESS, `203.0.113.1, ${randomAddress()}`))).toBe('INVALID_CREDENTIALS');
      await redis.del(`${api.redisKeyPrefix}caravan:sign-in:address:${client}`);
    } finally {
      await api.close();
    }
  });

  it('with a CIDR list, believes X-Forwarded-For only from those proxies', async () => {
    const api = await startTestApi({ seed: 'empty', env: { TRUST_PROXY: '10.0.0.0/8' } });
    try {
      const client = randomAddress();
      expect(await exhaust(api, INGRESS, (i) => `203.0.113.${i}, ${client}`)).toBe('RATE_LIMITED');
      // A client that talks to the api directly cannot choose its address by sending the header.
      const direct = randomAddress();
      expect(await exhaust(api, direct, (i) => `203.0.113.${i}`)).toBe('RATE_LIMITED');
      await redis.del(`${api.redisKeyPrefix}caravan:sign-in:address:${client}`, `${api.redisKeyPrefix}caravan:sign-in:address:${direct}`);
    } finally {
      await api.close();
    }
  });
});
