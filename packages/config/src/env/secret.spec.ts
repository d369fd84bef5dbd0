import { inspect } from 'node:util';
import { Secret } from './secret.js';

describe(Secret.name, () => {
  const secret = new Secret('s3cr3t-value');

  it('hands out its value only through reveal()', () => {
    expect(secret.reveal()).toBe('s3cr3t-value');
  });

  it('shows [redacted] when printed, interpolated, JSON-encoded or inspected inside a config', () => {
    const config = { host: 'smtp.example.org', auth: { user: 'caravan', pass: secret } };
    const shown = [String(secret), `${secret}`, JSON.stringify(config), inspect(config, { depth: 5 })];
    for (const text of shown) {
      expect(text).toContain('[redacted]');
      expect(text).not.toContain('s3cr3t');
    }
  });
});
