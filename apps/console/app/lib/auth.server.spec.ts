import { needsRenewal } from './auth.server.js';

describe(needsRenewal.name, () => {
  const now = Date.parse('2026-11-29T10:00:00Z');
  const tokens = (expiresAt: string) => ({ accessToken: 'a', refreshToken: 'r', expiresAt });

  it('renews an access token in its last minute or after it expired, not before', () => {
    expect(needsRenewal(tokens('2026-11-29T10:05:00Z'), now)).toBe(false);
    expect(needsRenewal(tokens('2026-11-29T10:00:59Z'), now)).toBe(true);
    expect(needsRenewal(tokens('2026-11-29T09:50:00Z'), now)).toBe(true);
  });
});
