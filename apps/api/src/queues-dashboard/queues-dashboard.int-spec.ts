// The queues dashboard over real HTTP on the real PostgreSQL and Redis, signed in for real: a
// visitor, a bad token and a series admin are refused before bull-board runs; a platform admin
// gets its page and its JSON api, which lists the api's Bull queues.
import { jobQueues } from '@caravan/jobs';
import { seedCatalogue, seedForum, seedOrganizer } from '../testing/fixtures.js';
import { startTestApi, type TestApi } from '../testing/test-api.js';
import { QUEUES_DASHBOARD_PATH, QueuesDashboardModule } from './queues-dashboard.module.js';

describe(QueuesDashboardModule.name, () => {
  let api: TestApi;
  let base: string;
  let platformToken: string;
  let seriesAdminToken: string;

  beforeAll(async () => {
    let seriesSlug = '';
    api = await startTestApi({
      seed: async (prisma) => {
        await seedCatalogue(prisma);
        seriesSlug = (await seedForum(prisma, { slug: 'china-central-asia', number: 11, sessions: 1 })).seriesSlug;
      },
    });
    const platformAdmin = await seedOrganizer(api.prisma, { isPlatformAdmin: true });
    const seriesAdmin = await seedOrganizer(api.prisma, { grants: [{ role: 'SERIES_ADMIN', seriesSlug }] });
    platformToken = (await api.signIn(platformAdmin)).accessToken;
    seriesAdminToken = (await api.signIn(seriesAdmin)).accessToken;
    await api.app.listen(0, '127.0.0.1');
    base = `${await api.app.getUrl()}${QUEUES_DASHBOARD_PATH}`.replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    await api?.close();
  });

  const get = (path: string, token?: string) => fetch(`${base}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

  it.each([
    ['a visitor', undefined, 401, 'UNAUTHENTICATED'],
    ['a token that does not verify', 'not-a-token', 401, 'UNAUTHENTICATED'],
    ['a series admin', 'series', 403, 'FORBIDDEN'],
  ])('refuses %s, on the page and on the api', async (_who, token, status, code) => {
    const bearer = token === 'series' ? seriesAdminToken : token;
    for (const path of ['/', '/api/queues']) {
      const res = await get(path, bearer);
      expect({ path, status: res.status }).toEqual({ path, status });
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(code);
      expect(JSON.stringify(body)).not.toContain('"queues"');
    }
  });

  it('refuses a series admin the actions too, and they change nothing', async () => {
    const [queue] = jobQueues();
    const res = await fetch(`${base}/api/queues/${encodeURIComponent(queue ?? '')}/pause`, { method: 'PUT', headers: { authorization: `Bearer ${seriesAdminToken}` } });
    expect(res.status).toBe(403);
    const listed = (await (await get('/api/queues', platformToken)).json()) as { queues: { name: string; isPaused: boolean }[] };
    expect(listed.queues.every((q) => !q.isPaused)).toBe(true);
  });

  it("shows a platform admin bull-board's page and lists the api's queues by name", async () => {
    const page = await get('/', platformToken);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain(`<base href="${QUEUES_DASHBOARD_PATH}/"`);

    const res = await get('/api/queues', platformToken);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { queues: { name: string }[] };
    const names = body.queues.map((queue) => queue.name).sort();
    expect(names.length).toBeGreaterThan(0);
    expect(names).toEqual([...jobQueues()].sort());
  });
});
