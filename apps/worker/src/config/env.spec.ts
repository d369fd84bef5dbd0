import { parseWorkerEnv } from './env.js';

describe(parseWorkerEnv.name, () => {
  it('applies defaults around a required DATABASE_URL', () => {
    expect(parseWorkerEnv({ DATABASE_URL: 'postgresql://u@db:5432/caravan' })).toEqual({
      nodeEnv: 'development',
      databaseUrl: 'postgresql://u@db:5432/caravan',
      redisUrl: 'redis://127.0.0.1:6379',
      bullPrefix: 'bull',
      logLevel: 'info',
      stalled: { lockDuration: 30_000, stalledInterval: 30_000, maxStalledCount: 3 },
      concurrency: 4,
      heartbeatMs: 5000,
      metrics: { port: undefined, host: '127.0.0.1', token: undefined },
      jobServices: {
        mail: expect.objectContaining({ host: '127.0.0.1', port: 1025 }),
        storage: expect.objectContaining({ driver: 'local' }),
        storageRoot: expect.stringMatching(/\.data\/storage$/),
      },
    });
  });

  it('refuses to start in production without an SMTP relay and a sender, naming them', () => {
    expect(() => parseWorkerEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' })).toThrow(/SMTP_HOST/);
    expect(() => parseWorkerEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', SMTP_HOST: 'smtp.example.org' })).toThrow(/MAIL_FROM/);
  });

  it('names DATABASE_URL when it is missing', () => {
    expect(() => parseWorkerEnv({})).toThrow(/DATABASE_URL must be set to a postgres:\/\/ URL/);
  });

  it('names REDIS_URL and echoes the bad value', () => {
    expect(() => parseWorkerEnv({ DATABASE_URL: 'postgres://db/x', REDIS_URL: 'http://cache' })).toThrow(/REDIS_URL .*\(got "http:\/\/cache"\)/);
  });
});
