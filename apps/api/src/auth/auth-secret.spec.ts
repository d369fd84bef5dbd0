// Where the signing key comes from, per environment.
import { ConfigError } from '../config/env.js';
import { resolveAuthSecret } from './auth-secret.js';

describe(resolveAuthSecret.name, () => {
  const silent = { warn: () => undefined };

  it('uses AUTH_SECRET when it is long enough', () => {
    const secret = 's'.repeat(40);
    expect(Buffer.from(resolveAuthSecret({ nodeEnv: 'production', authSecret: secret }, silent)).toString()).toBe(secret);
  });

  it('refuses to start production without AUTH_SECRET, naming the variable', () => {
    expect(() => resolveAuthSecret({ nodeEnv: 'production' }, silent)).toThrow(ConfigError);
    expect(() => resolveAuthSecret({ nodeEnv: 'production', authSecret: '  ' }, silent)).toThrow(/AUTH_SECRET is required in production/);
  });

  it('refuses a short secret anywhere', () => {
    expect(() => resolveAuthSecret({ nodeEnv: 'development', authSecret: 'short' }, silent)).toThrow(/at least 32 characters \(got 5\)/);
  });

  it('makes a random key per process in development, with a warning', () => {
    const warnings: string[] = [];
    const logger = { warn: (_fields: object, message: string) => warnings.push(message) };
    const first = resolveAuthSecret({ nodeEnv: 'development' }, logger);
    const second = resolveAuthSecret({ nodeEnv: 'development' }, logger);
    expect(first.length).toBe(48);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('AUTH_SECRET is not set');
  });
});
