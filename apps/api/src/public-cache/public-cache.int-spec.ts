// The public-answer cache on the real PostgreSQL and Redis: repeated anonymous queries come from
// Redis, an organizer's edit is visible on the very next read, and nothing private, failed or
// written is ever served from it.
import { advancePublicCacheGeneration } from '@caravan/db';
import { useTestApi } from '../testing/suite-api.js';
import { startTestApi } from '../testing/test-api.js';

const SESSION_TITLE = `query { edition(series: "china-central-asia", number: 11) { sessions { slug title { text } } } }`;

const api = useTestApi();

async function post(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await api.app.inject({
    method: 'POST',
    url: '/graphql',
    payload: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: res.statusCode, cache: res.headers['x-public-cache'], body: res.body, json: res.json<{ data?: Record<string, unknown>; errors?: unknown[] }>() };
}

const titleOf = (body: { data?: Record<string, unknown> }, slug: string): string | undefined =>
  (body.data?.['edition'] as { sessions: { slug: string; title: { text: string } }[] }).sessions.find((s) => s.slug === slug)?.title.text;

async function firstSession(): Promise<{ id: string; slug: string }> {
  return api.prisma.session.findFirstOrThrow({ where: { edition: { number: 11, series: { slug: 'china-central-asia' } }, published: true }, orderBy: { startsAt: 'asc' }, select: { id: true, slug: true } });
}

describe('the public-answer cache', () => {
  it('answers a repeated anonymous query from Redis, byte for byte', async () => {
    const first = await post(SESSION_TITLE);
    const second = await post(SESSION_TITLE);
    expect(first).toMatchObject({ status: 200, cache: 'miss' });
    expect(second).toMatchObject({ status: 200, cache: 'hit' });
    expect(second.body).toBe(first.body);
  });

  it('shows an organizer edit on the next read, and keeps the answer after a refused edit', async () => {
    const session = await firstSession();
    await post(SESSION_TITLE);
    expect((await post(SESSION_TITLE)).cache).toBe('hit');
    const token = await api.token('ccaOrganizer');
    const refused = await post(`mutation($id: ID!) { updateSession(id: $id, input: { title: [{ language: "fr", text: "Sans anglais" }] }) { id } }`, { id: session.id }, token);
    expect(refused.json.errors).toBeDefined();
    expect((await post(SESSION_TITLE)).cache).toBe('hit');
    const edited = await post(
      `mutation($id: ID!) { updateSession(id: $id, input: { title: [{ language: "en", text: "Opening, renamed" }] }) { id } }`,
      { id: session.id },
      token,
    );
    expect(edited.json.errors).toBeUndefined();
    const next = await post(SESSION_TITLE);
    expect(next.cache).toBe('miss');
    expect(titleOf(next.json, session.slug)).toBe('Opening, renamed');
    expect((await post(SESSION_TITLE)).cache).toBe('hit');
  });

  it('never serves an answer computed while a write was still uncommitted', async () => {
    const session = await firstSession();
    await post(SESSION_TITLE);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let advanced: () => void = () => undefined;
    const inFlight = new Promise<void>((resolve) => (advanced = resolve));
    // A writer in the middle of its transaction: the change and the generation moved, not committed.
    const writer = api.prisma.$transaction(
      async (tx) => {
        await tx.session.update({ where: { id: session.id }, data: { title: { en: 'Renamed in flight' } } });
        await advancePublicCacheGeneration(tx);
        advanced();
        await held;
      },
      { timeout: 30_000 },
    );
    await inFlight;
    // An edit of the same query's variables would hit; a fresh key computes during the write.
    const during = await post(`${SESSION_TITLE} # during`);
    expect(during.cache).toBe('miss');
    expect(titleOf(during.json, session.slug)).not.toBe('Renamed in flight');
    release();
    await writer;
    const after = await post(`${SESSION_TITLE} # during`);
    expect(after.cache).toBe('miss');
    expect(titleOf(after.json, session.slug)).toBe('Renamed in flight');
  });

  it('never caches for a signed-in caller, a mutation or an answer with errors', async () => {
    const token = await api.token('ccaOrganizer');
    await post(SESSION_TITLE);
    const organizer = await post(SESSION_TITLE, {}, token);
    expect(organizer.status).toBe(200);
    expect(organizer.cache).toBeUndefined();
    const signIn = `mutation { signIn(email: "cca-organizer@caravan.local", password: "caravan-cca") { accessToken } }`;
    const [a, b] = [await post(signIn), await post(signIn)];
    expect(b.cache).not.toBe('hit');
    // Not even looked up: a mutation costs no cache read.
    expect([a.cache, b.cache]).toEqual([undefined, undefined]);
    expect((await post(`# a comment first\n , ${signIn}`)).cache).toBeUndefined();
    expect(a.body).not.toBe(b.body);
    const missing = `query { edition(series: "china-central-asia", number: 99) { id } }`;
    await post(missing);
    expect((await post(missing)).cache).toBe('miss');
  });
});

describe('answers that are personal or change with every visitor', () => {
  it('never caches an edition\'s registration, whose places left change with every submission', async () => {
    // (A participant's own application is read back after a withdrawal in accreditation/registration.int-spec.ts.)
    const places = `query { registration(series: "china-central-asia", edition: 12) { categories { slug placesLeft } } }`;
    const first = await post(places);
    expect(first.json.errors).toBeUndefined();
    expect((await post(places)).cache).not.toBe('hit');
    // Negative control: the same request shape for a cached field is a hit the second time.
    const cached = `query { edition(series: "china-central-asia", number: 12) { id } }`;
    await post(cached);
    expect((await post(cached)).cache).toBe('hit');
  });
});

describe('without Redis', () => {
  it('answers every query without the cache', async () => {
    const plain = await startTestApi({ env: { REDIS_URL: 'off' } });
    try {
      const res = await plain.app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ seriesList { slug } }' } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['x-public-cache']).toBeUndefined();
    } finally {
      await plain.close();
    }
  });
});
