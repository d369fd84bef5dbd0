// Security headers on real answers of the api: GraphQL, exports, health and errors alike.
import { randomBytes } from 'node:crypto';
import { startTestApi, type TestApi } from '../testing/test-api.js';
import { SecurityHeadersModule } from './security-headers.js';

describe(SecurityHeadersModule.name, () => {
  let api: TestApi;
  let production: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ seed: 'empty', env: { REDIS_URL: 'off' } });
    production = await startTestApi({
      database: { prisma: api.prisma, kind: 'postgres', close: async () => undefined },
      env: { NODE_ENV: 'production', AUTH_SECRET: randomBytes(48).toString('base64'), BADGE_KEY_SECRET: randomBytes(48).toString('base64'), SMTP_HOST: 'smtp.example.org', MAIL_FROM: 'no-reply@forum.example.org', STORAGE_DRIVER: 'local' },
    });
  });

  afterAll(async () => {
    await production?.close();
    await api?.close();
  });

  const requests = [
    { method: 'POST' as const, url: '/graphql', payload: { query: '{ seriesList { slug } }' } },
    { method: 'POST' as const, url: '/graphql', payload: { query: '{ nope }' } },
    { method: 'GET' as const, url: '/export/nowhere/11/programme.ics' },
    { method: 'GET' as const, url: '/health' },
  ];

  it('sends a CSP that allows nothing and no framing, nosniff and no referrer on every answer', async () => {
    for (const target of [api, production]) {
      for (const request of requests) {
        const res = await target.app.inject(request);
        expect({ url: request.url, csp: res.headers['content-security-policy'] }).toEqual({
          url: request.url,
          csp: "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'",
        });
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['referrer-policy']).toBe('no-referrer');
        expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      }
    }
  });

  it('sends HSTS in production only', async () => {
    expect((await production.app.inject(requests[3] ?? { url: '/health' })).headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect((await api.app.inject(requests[3] ?? { url: '/health' })).headers['strict-transport-security']).toBeUndefined();
  });
});
