import { z } from 'zod';
import { ConfigError, env, parseEnv, variable, variablesOf, wholeNumber } from './index.js';

const Schema = z.object({ NODE_ENV: env.NODE_ENV, PORT: wholeNumber(1, 4000), REDIS_URL: env.REDIS_URL, NAME: variable(z.string().optional()) });

describe(parseEnv.name, () => {
  it('applies defaults and treats blank variables as unset', () => {
    expect(parseEnv(Schema, { NAME: '  ', PORT: '' })).toEqual({ NODE_ENV: 'development', PORT: 4000, REDIS_URL: 'redis://127.0.0.1:6379' });
  });

  it('names every bad variable at once, echoing its value', () => {
    let caught: unknown;
    try {
      parseEnv(Schema, { NODE_ENV: 'prod', PORT: 'eighty', REDIS_URL: 'http://cache' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).variables).toEqual(['NODE_ENV', 'PORT', 'REDIS_URL']);
    expect((caught as ConfigError).message).toMatch(/^Invalid configuration: NODE_ENV .*\(got "prod"\); PORT must be a number \(got "eighty"\); REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL \(got "http:\/\/cache"\)\. Fix the variable and restart\.$/);
  });

  it('lists the variables a schema reads', () => {
    expect(variablesOf(Schema)).toEqual(['NODE_ENV', 'PORT', 'REDIS_URL', 'NAME']);
  });
});
