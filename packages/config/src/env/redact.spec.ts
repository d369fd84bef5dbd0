import { z } from 'zod';
import { ConfigError, parseEnv } from './parse-env.js';
import { describeValue, isSecretVariable, redactSecrets, redactUrl } from './redact.js';

describe(redactUrl.name, () => {
  it('replaces the password of a URL and keeps the rest', () => {
    expect(redactUrl('postgresql://caravan:hunter2@db.internal:5432/caravan?sslmode=require')).toBe('postgresql://caravan:***@db.internal:5432/caravan?sslmode=require');
    expect(redactUrl('redis://:s3cret@cache:6379/0')).toBe('redis://:***@cache:6379/0');
    expect(redactUrl('redis://user:p@ss:w@rd@cache:6379')).toBe('redis://user:***@cache:6379');
    expect(redactUrl('redis://cache:6379')).toBe('redis://cache:6379');
    expect(redactUrl('redis://user@cache:6379')).toBe('redis://user@cache:6379');
    expect(redactUrl('not a url')).toBe('not a url');
  });
});

describe(redactSecrets.name, () => {
  it('redacts every URL in a message', () => {
    expect(redactSecrets('REDIS_URL redis://:s3cret@cache:6379 does not answer; DATABASE_URL "postgres://u:pw@db/x"')).toBe(
      'REDIS_URL redis://:***@cache:6379 does not answer; DATABASE_URL "postgres://u:***@db/x"',
    );
  });
});

describe(describeValue.name, () => {
  it('never shows a secret variable and shows other values without passwords', () => {
    for (const name of ['AUTH_SECRET', 'SMTP_PASSWORD', 'S3_SECRET_ACCESS_KEY', 'S3_ACCESS_KEY_ID', 'API_TOKEN']) expect(isSecretVariable(name)).toBe(true);
    for (const name of ['PORT', 'REDIS_URL', 'DATABASE_URL', 'LOG_LEVEL', 'PUBLIC_URL']) expect(isSecretVariable(name)).toBe(false);
    expect(describeValue('AUTH_SECRET', 'short-secret')).toBe('a value of 12 characters, not shown');
    expect(describeValue('DATABASE_URL', 'mysql://u:pw@db/x')).toBe('"mysql://u:***@db/x"');
  });
});

describe('config errors', () => {
  it('name the variable without echoing a secret or a password', () => {
    const schema = z.object({ AUTH_SECRET: z.string().min(32, 'must be at least 32 characters'), DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }) });
    let caught: unknown;
    try {
      parseEnv(schema, { AUTH_SECRET: 'tooshort-but-secret', DATABASE_URL: 'mysql://caravan:hunter2@db/caravan' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const message = (caught as ConfigError).message;
    expect(message).toBe(
      'Invalid configuration: AUTH_SECRET must be at least 32 characters (got a value of 19 characters, not shown); DATABASE_URL must be a postgres:// URL (got "mysql://caravan:***@db/caravan"). Fix the variable and restart.',
    );
    expect(message).not.toContain('tooshort-but-secret');
    expect(message).not.toContain('hunter2');
  });
});
