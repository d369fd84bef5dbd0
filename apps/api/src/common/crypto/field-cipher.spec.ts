import { FieldCipher } from './field-cipher.js';

const secret = (text: string) => new TextEncoder().encode(text);

describe('FieldCipher', () => {
  const passports = new FieldCipher(secret('s'.repeat(40)), 'caravan/passport-data');

  it('round-trips a value for its row and never stores the plaintext', () => {
    const stored = passports.encrypt('{"number":"QX1234567"}', 'application-1');
    expect(stored).not.toContain('QX1234567');
    expect(passports.tryDecrypt(stored, 'application-1')).toEqual({ ok: true, plaintext: '{"number":"QX1234567"}' });
  });

  it('keeps purposes, rows and secrets apart, and refuses altered or malformed text', () => {
    const stored = passports.encrypt('QX1234567', 'application-1');
    expect(new FieldCipher(secret('s'.repeat(40)), 'caravan/badge-signing-key').tryDecrypt(stored, 'application-1')).toEqual({ ok: false, failure: 'mismatch' });
    expect(new FieldCipher(secret('t'.repeat(40)), 'caravan/passport-data').tryDecrypt(stored, 'application-1')).toEqual({ ok: false, failure: 'mismatch' });
    expect(passports.tryDecrypt(stored, 'application-2')).toEqual({ ok: false, failure: 'mismatch' });
    const parts = stored.split('.');
    const flipped = `${parts.slice(0, 3).join('.')}.${Buffer.from(Buffer.from(parts[3] ?? '', 'base64url').map((b, i) => (i === 0 ? b ^ 1 : b))).toString('base64url')}`;
    expect(passports.tryDecrypt(flipped, 'application-1')).toEqual({ ok: false, failure: 'mismatch' });
    expect(passports.tryDecrypt('v2.a.b.c', 'application-1')).toEqual({ ok: false, failure: 'format' });
    expect(passports.tryDecrypt('v1.a.b', 'application-1')).toEqual({ ok: false, failure: 'format' });
  });
});
