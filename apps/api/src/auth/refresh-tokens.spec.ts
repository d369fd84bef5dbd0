// Shape and hashing of refresh tokens.
import { hashSecret, newRefreshToken, parseRefreshToken, sameHash } from './refresh-tokens.js';

describe(parseRefreshToken.name, () => {
  const sessionId = '0b7c8d9e-1f20-4a3b-8c4d-5e6f7a8b9c0d';

  it('reads back the session and the hash of a token it made', () => {
    const made = newRefreshToken(sessionId);
    expect(parseRefreshToken(made.token)).toEqual({ sessionId, hash: made.hash });
    expect(made.hash).toBe(hashSecret(made.token.slice(sessionId.length + 1)));
  });

  it('makes a different secret every time', () => {
    expect(newRefreshToken(sessionId).token).not.toBe(newRefreshToken(sessionId).token);
  });

  it('rejects anything not shaped like a token', () => {
    expect(parseRefreshToken('')).toBeNull();
    expect(parseRefreshToken('no-dot-here')).toBeNull();
    expect(parseRefreshToken(`not-a-uuid.${'a'.repeat(43)}`)).toBeNull();
    expect(parseRefreshToken(`${sessionId}.short`)).toBeNull();
  });

  it('compares hashes in full', () => {
    const a = hashSecret('one');
    expect(sameHash(a, hashSecret('one'))).toBe(true);
    expect(sameHash(a, hashSecret('two'))).toBe(false);
    expect(sameHash(a, a.slice(0, 10))).toBe(false);
  });
});
