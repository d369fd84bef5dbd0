// Mutation rate limits on the real PostgreSQL and Redis: per client address for everybody, per
// account for a signed-in organizer (whatever address it calls from), aliases counted, the
// standard RateLimit headers on every mutation answer, and nothing written once refused.
import { randomAddress, startTestApi, type TestApi } from '../testing/test-api.js';
import { mutationRateLimit } from './mutation-rate-limit.js';

const UPDATE = `mutation($input: UpdateEditionInput!) { updateEdition(series: "china-central-asia", number: 11, input: $input) { id } }`;
const SIGN_IN_WRONG = (n: number) =>
  `mutation { ${Array.from({ length: n }, (_, i) => `s${i}: signIn(email: "nobody-${i}@example.org", password: "wrong password") { accessToken }`).join(' ')} }`;

describe(mutationRateLimit.name, () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ env: { MUTATION_LIMIT_PER_ACCOUNT: '4', MUTATION_LIMIT_PER_ADDRESS: '6' } });
  });

  afterAll(async () => {
    await api?.close();
  });

  const post = async (query: string, variables: Record<string, unknown>, address: string, token?: string) => {
    const res = await api.app.inject({
      method: 'POST',
      url: '/graphql',
      payload: { query, variables },
      headers: token ? { authorization: `Bearer ${token}` } : {},
      remoteAddress: address,
    });
    return { status: res.statusCode, headers: res.headers, body: res.json<{ errors?: { message: string; extensions: Record<string, unknown> }[] }>() };
  };

  it('counts each account across addresses, with RateLimit headers, and writes nothing once refused', async () => {
    const token = await api.token('ccaOrganizer');
    for (let i = 0; i < 4; i += 1) {
      const res = await post(UPDATE, { input: { attendance: 300 + i } }, randomAddress(), token);
      expect(res.body.errors).toBeUndefined();
      expect(res.headers['ratelimit-limit']).toBe('4');
      expect(res.headers['ratelimit-remaining']).toBe(String(3 - i));
      expect(Number(res.headers['ratelimit-reset'])).toBeGreaterThan(0);
    }
    const audit = await api.prisma.auditEntry.count();
    const refused = await post(UPDATE, { input: { attendance: 999 } }, randomAddress(), token);
    expect(refused.status).toBe(429);
    expect(refused.headers['ratelimit-remaining']).toBe('0');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.body.errors?.[0]?.message).toMatch(/^Too many changes from this account\. Wait \d+ seconds before trying again\.$/);
    expect(await api.prisma.auditEntry.count()).toBe(audit);
    expect((await api.prisma.edition.findFirstOrThrow({ where: { number: 11, series: { slug: 'china-central-asia' } } })).attendance).toBe(303);
    // Control: another account is still served.
    const other = await post(`mutation { updateSeries(slug: "china-caucasus", input: {}) { slug } }`, {}, randomAddress(), await api.token('caucasusOrganizer'));
    expect(other.status).toBe(200);
    expect(other.headers['ratelimit-limit']).toBe('4');
  });

  it('counts each address, one point per alias; queries carry no limit', async () => {
    const address = randomAddress();
    const first = await post(SIGN_IN_WRONG(5), {}, address);
    expect(first.headers['ratelimit-limit']).toBe('6');
    expect(first.headers['ratelimit-remaining']).toBe('1');
    const refused = await post(SIGN_IN_WRONG(2), {}, address);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.message).toMatch(/^Too many changes from this address\./);
    const query = await post('{ seriesList { slug } }', {}, address);
    expect(query.status).toBe(200);
    expect(query.headers['ratelimit-limit']).toBeUndefined();
    // Control: another address is still served.
    expect((await post(SIGN_IN_WRONG(1), {}, randomAddress())).headers['ratelimit-remaining']).toBe('5');
  });
});
