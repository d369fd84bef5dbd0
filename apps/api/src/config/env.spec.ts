import pino from 'pino';
import { resolveJobMode } from '../jobs/job-mode.js';
import { ConfigError, parseApiEnv } from './env.js';

describe(parseApiEnv.name, () => {
  it('applies the documented defaults', () => {
    expect(parseApiEnv({})).toEqual({
      nodeEnv: 'development',
      port: 4000,
      host: '0.0.0.0',
      databaseUrl: undefined,
      dataDir: undefined,
      redisUrl: 'redis://127.0.0.1:6379',
      bullPrefix: 'bull',
      logLevel: 'info',
      publicUrl: 'http://localhost:4000',
      portalUrl: 'http://localhost:3000',
      outboxPollMs: 2000,
      outboxReconcileMs: 30_000,
      outboxReconcileAfterMs: 60_000,
      retentionDays: 14,
      workerHeartbeatMs: 5000,
      metricsToken: undefined,
      healthMaxJobWaitMs: 300_000,
      jobBackoffMs: 1000,
      queryDepthLimit: 12,
      queryComplexityLimit: 10_000,
      queryRootFieldLimit: 20,
      mutationLimits: { perAccount: 300, perAddress: 600, windowSeconds: 60 },
      bodyLimitBytes: 1_048_576,
      publicCacheTtlSeconds: 600,
      responseLimitBytes: 10_485_760,
      authSecret: undefined,
      trustProxy: false,
      jobServices: {
        mail: expect.objectContaining({ host: '127.0.0.1', port: 1025 }),
        storage: expect.objectContaining({ driver: 'local' }),
        storageRoot: expect.stringMatching(/\.data\/storage$/),
      },
    });
  });

  it('keeps files under DATA_DIR/storage, and refuses production without an SMTP relay', () => {
    expect(parseApiEnv({ DATA_DIR: '/srv/caravan' }).jobServices.storageRoot).toBe('/srv/caravan/storage');
    expect(() => parseApiEnv({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(40) })).toThrow(/SMTP_HOST/);
  });

  it('refuses a short AUTH_SECRET and a TRUST_PROXY that trusts every client', () => {
    expect(() => parseApiEnv({ AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET must be at least 32 characters/);
    expect(() => parseApiEnv({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY must be false, the number of proxies/);
    expect(parseApiEnv({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(parseApiEnv({ TRUST_PROXY: '10.0.0.0/8,fd00::/8' }).trustProxy).toEqual(['10.0.0.0/8', 'fd00::/8']);
  });

  it('names PORT and echoes the bad value', () => {
    expect(() => parseApiEnv({ PORT: 'eighty' })).toThrow(/PORT .*\(got "eighty"\)/);
    expect(() => parseApiEnv({ PORT: '70000' })).toThrow(/PORT must be 1–65535/);
  });

  it('names every bad variable at once', () => {
    let caught: unknown;
    try {
      parseApiEnv({ DATABASE_URL: 'mysql://db/x', LOG_LEVEL: 'loud' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).code).toBe('CONFIG_INVALID');
    expect((caught as ConfigError).message).toMatch(/DATABASE_URL must be a postgres:\/\/ .*LOG_LEVEL/);
  });

  it('treats REDIS_URL=off as no Redis and trims the public URL', () => {
    const config = parseApiEnv({ REDIS_URL: 'off', PUBLIC_URL: 'https://api.example.org/' });
    expect(config.redisUrl).toBeUndefined();
    expect(config.publicUrl).toBe('https://api.example.org');
  });
});

// What production needs besides Redis: a mail relay, a sender and a storage choice.
const PRODUCTION_SERVICES = { SMTP_HOST: 'smtp.example.org', MAIL_FROM: 'no-reply@forum.example.org', STORAGE_DRIVER: 'local' };

describe(resolveJobMode.name, () => {
  const logger = pino({ level: 'silent' });
  // Port 1 on loopback refuses connections at once: a real unreachable Redis, not a mock.
  const unreachable = 'redis://127.0.0.1:1';

  it('refuses to start in production without a reachable Redis, naming REDIS_URL', async () => {
    const config = parseApiEnv({ NODE_ENV: 'production', REDIS_URL: unreachable, ...PRODUCTION_SERVICES });
    await expect(resolveJobMode(config, logger)).rejects.toThrow(/REDIS_URL redis:\/\/127\.0\.0\.1:1 does not answer; production refuses to start/);
  });

  it('runs jobs inline in development without Redis, with a warning', async () => {
    const mode = await resolveJobMode(parseApiEnv({ REDIS_URL: unreachable }), logger);
    expect(mode).toMatchObject({ kind: 'inline', reason: 'unreachable' });
  });

  it('uses the queue when Redis answers', async () => {
    const url = process.env['REDIS_URL'] || 'redis://127.0.0.1:6379';
    expect(await resolveJobMode(parseApiEnv({ REDIS_URL: url }), logger)).toEqual({ kind: 'queue', redisUrl: url });
  });
});
