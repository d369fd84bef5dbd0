// Password-reset tokens: 32 random bytes in base64url, sent by mail; only their SHA-256 is
// stored (the token has 256 bits of entropy, so a slow hash adds nothing), so reading the table
// gives nobody a working link.
import { randomBytes } from 'node:crypto';
import { hashSecret } from './refresh-tokens.js';

/** How long a reset link works. */
export const PASSWORD_RESET_TTL_MINUTES = 30;

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function newPasswordResetToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecret(token) };
}

/** The stored hash of a presented token; null when it is not even shaped like one. */
export function passwordResetTokenHash(token: string): string | null {
  return TOKEN_SHAPE.test(token) ? hashSecret(token) : null;
}
