import { parseWorkerEnv } from './env.js';

describe(parseWorkerEnv.name, () => {
  it('applies defaults around a required DATABASE_URL', () => {
    expect(parseWorkerEnv({ DATABASE_URL: 'postgresql://u@db:5432/caravan' })).toEqual({
      nodeEnv: 'development',
      databaseUrl: 'postgresql://u@db:5432/caravan',
      redisUrl: 'redis://127.0.0.1:6379',
      bullPrefix: 'bull',
      logLevel: 'info',
    });
  });

  it('names DATABASE_URL when it is missing', () => {
    expect(() => parseWorkerEnv({})).toThrow(/DATABASE_URL must be set to a postgres:\/\/ URL/);
  });

  it('names REDIS_URL and echoes the bad value', () => {
    expect(() => parseWorkerEnv({ DATABASE_URL: 'postgres://db/x', REDIS_URL: 'http://cache' })).toThrow(/REDIS_URL .*\(got "http:\/\/cache"\)/);
  });
});
