import { ConfigError } from '../config/env.js';
import { resolveBadgeKeySecret } from './badge-key-secret.js';
import { SigningKeyCipher, SigningKeyCipherError } from './signing-key-cipher.js';

const secret = (text: string) => new TextEncoder().encode(text);
const quiet = { warn: () => undefined };

describe(SigningKeyCipher.name, () => {
  const cipher = new SigningKeyCipher(secret('a'.repeat(40)));

  it('round-trips a key for its edition and never stores the plaintext', () => {
    const stored = cipher.encrypt('private-key-text', 'edition-1');
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain('private-key-text');
    expect(cipher.decrypt(stored, 'edition-1')).toBe('private-key-text');
    // A fresh IV each time: the same key never encrypts to the same text.
    expect(cipher.encrypt('private-key-text', 'edition-1')).not.toBe(stored);
  });

  it('refuses another secret, another edition and an altered text, naming BADGE_KEY_SECRET', () => {
    const stored = cipher.encrypt('private-key-text', 'edition-1');
    expect(() => new SigningKeyCipher(secret('b'.repeat(40))).decrypt(stored, 'edition-1')).toThrow(/BADGE_KEY_SECRET/);
    expect(() => cipher.decrypt(stored, 'edition-2')).toThrow(SigningKeyCipherError);
    const parts = stored.split('.');
    const body = parts[3] ?? '';
    const altered = [...parts.slice(0, 3), (body[0] === 'A' ? 'B' : 'A') + body.slice(1)].join('.');
    expect(() => cipher.decrypt(altered, 'edition-1')).toThrow(SigningKeyCipherError);
    expect(() => cipher.decrypt('plain', 'edition-1')).toThrow(/v1 format/);
  });
});

describe(resolveBadgeKeySecret.name, () => {
  it('takes the configured secret, and refuses to start in production without one', () => {
    expect(new TextDecoder().decode(resolveBadgeKeySecret({ nodeEnv: 'production', badgeKeySecret: 'x'.repeat(32) }, quiet))).toBe('x'.repeat(32));
    expect(() => resolveBadgeKeySecret({ nodeEnv: 'production' }, quiet)).toThrow(ConfigError);
    expect(() => resolveBadgeKeySecret({ nodeEnv: 'production' }, quiet)).toThrow(/BADGE_KEY_SECRET/);
  });

  it('warns in development when it falls back to the development secret', () => {
    const warnings: string[] = [];
    resolveBadgeKeySecret({ nodeEnv: 'development' }, { warn: (_fields, message) => warnings.push(message) });
    expect(warnings).toEqual([expect.stringContaining('BADGE_KEY_SECRET is not set')]);
  });
});
