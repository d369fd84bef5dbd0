// /metrics scraped as Prometheus would (parsed by a real text-format parser), behind its bearer
// token; one log line per request with its id, and that id carried into the outbox row the
// request records.
import { Writable } from 'node:stream';
import pino from 'pino';
import { seedCatalogueAndForum, seedOrganizer, type OrganizerFixture } from '../testing/fixtures.js';
import { parseMetrics, samples } from '../testing/prometheus-text.js';
import { startTestApi, type TestApi } from '../testing/test-api.js';
import { metricsAccess } from './metrics-access.js';
import { MetricsController } from './observability.module.js';

const TOKEN = 'metrics-token-for-the-test-0123';

describe(MetricsController.name, () => {
  let editor: OrganizerFixture;
  let api: TestApi;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        callback();
      },
    });
    api = await startTestApi({
      seed: async (prisma) => {
        await seedCatalogueAndForum(prisma, { sessions: 1 });
        editor = await seedOrganizer(prisma, { grants: [{ seriesSlug: 'china-central-asia', role: 'PROGRAMME_EDITOR' }] });
      },
      env: { METRICS_TOKEN: TOKEN, OUTBOX_POLL_MS: '600000' },
      logger: pino({ level: 'info' }, sink),
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  const scrape = (authorization?: string) => api.app.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} });

  it('refuses a scrape without the token, or with another one', async () => {
    expect((await scrape()).statusCode).toBe(401);
    expect((await scrape('Bearer not-the-token-at-all-xx')).statusCode).toBe(401);
  });

  it('counts requests per GraphQL operation and per export route, errors by code, and reports backlog, pool, memory and event-loop lag', async () => {
    for (let i = 0; i < 3; i++) {
      await api.app.inject({ method: 'POST', url: '/graphql', payload: { query: 'query SeriesNames { seriesList { slug } }' } });
    }
    await api.app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ nope }' } });
    const missing = await api.app.inject({ method: 'GET', url: '/export/china-central-asia/11/programme.md' });
    expect(missing.statusCode).toBe(404);

    const res = await scrape(`Bearer ${TOKEN}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    const metrics = parseMetrics(res.body);

    expect(samples(metrics, 'caravan_http_requests_total', { route: '/graphql', operation: 'SeriesNames', status: '200' })).toEqual([expect.objectContaining({ value: '3' })]);
    const exportRoute = samples(metrics, 'caravan_http_requests_total', { status: '404' }).find((s) => s.labels?.['route']?.startsWith('/export/'));
    expect(exportRoute?.labels?.['route']).toMatch(/^\/export\/:[a-z]+\/:[a-z]+\//);
    const latency = { route: '/graphql', operation: 'SeriesNames' };
    expect(samples(metrics, 'caravan_http_request_duration_seconds_count', latency)[0]?.value).toBe('3');
    expect(samples(metrics, 'caravan_http_request_duration_seconds_bucket', { ...latency, le: '+Inf' })[0]?.value).toBe('3');
    expect(samples(metrics, 'caravan_http_request_duration_seconds_bucket', latency).map((s) => s.labels?.['le'])).toContain('0.1');
    expect(samples(metrics, 'caravan_errors_total', { code: 'NOT_FOUND' })[0]?.value).toBe('1');
    expect(samples(metrics, 'caravan_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })[0]?.value).toBe('1');
    expect(samples(metrics, 'caravan_outbox_rows', { status: 'PENDING' })).toHaveLength(1);
    expect(Number(samples(metrics, 'caravan_db_pool_connections', { state: 'max' })[0]?.value)).toBeGreaterThan(0);
    expect(Number(samples(metrics, 'process_resident_memory_bytes')[0]?.value)).toBeGreaterThan(0);
    expect(samples(metrics, 'nodejs_eventloop_lag_seconds')).toHaveLength(1);
    expect(samples(metrics, 'caravan_queue_workers', { queue: 'documents' })[0]?.value).toBe('0');
    expect(samples(metrics, 'caravan_queue_jobs', { queue: 'documents', state: 'waiting' })).toHaveLength(1);
  });

  it('logs one line per request with its id, and records that id on the outbox row the request makes', async () => {
    const res = await api.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'x-request-id': 'req-from-the-portal-42', authorization: `Bearer ${(await api.signIn(editor)).accessToken}` },
      payload: { query: 'mutation Render { requestProgrammeDocument(series: "china-central-asia", number: 11) { jobId } }' },
    });
    expect(res.headers['x-request-id']).toBe('req-from-the-portal-42');
    const jobId = res.json<{ data: { requestProgrammeDocument: { jobId: string } } }>().data.requestProgrammeDocument.jobId;
    expect(await api.prisma.outboxJob.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({ requestId: 'req-from-the-portal-42' });
    expect(lines.filter((line) => line['requestId'] === 'req-from-the-portal-42')).toEqual([
      expect.objectContaining({ msg: 'request', method: 'POST', route: '/graphql', operation: 'Render', status: 200 }),
    ]);

    // A header that is no sane id is replaced by a fresh one.
    const odd = await api.app.inject({ method: 'GET', url: '/health/live', headers: { 'x-request-id': 'a b\u0007c' } });
    expect(odd.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe(metricsAccess.name, () => {
  it('is open outside production without a token, off in production without one, and wants the token once set', () => {
    expect(metricsAccess('development', undefined, undefined)).toBe('allow');
    expect(metricsAccess('production', undefined, 'Bearer anything')).toBe('off');
    expect(metricsAccess('production', TOKEN, `Bearer ${TOKEN}`)).toBe('allow');
    expect(metricsAccess('production', TOKEN, `Bearer ${TOKEN}x`)).toBe('unauthorized');
    expect(metricsAccess('development', TOKEN, undefined)).toBe('unauthorized');
  });
});
