// Refresh tokens: "<sessionId>.<32 random bytes>". Only a SHA-256 of the random part is stored
// (the token has 256 bits of entropy, so a slow hash adds nothing). Carrying the session id lets
// us tell a token that was already rotated away (its hash is among the session's retired ones:
// reuse, revoke the whole session) from a token that never existed (refused, nothing else: the
// session id is no secret, so a guess must not end someone's session).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * How many replaced refresh tokens a session remembers for reuse detection. A client refreshes
 * about every 15 minutes, so this covers the last few days of a session's tokens; an older one
 * presented again is refused without ending the session.
 */
export const RETIRED_REFRESH_TOKENS_KEPT = 300;

export interface NewRefreshToken {
  token: string;
  hash: string;
}

export interface ParsedRefreshToken {
  sessionId: string;
  hash: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function newRefreshToken(sessionId: string): NewRefreshToken {
  const secret = randomBytes(32).toString('base64url');
  return { token: `${sessionId}.${secret}`, hash: hashSecret(secret) };
}

/** Null when the token is not even shaped like one of ours. */
export function parseRefreshToken(token: string): ParsedRefreshToken | null {
  const dot = token.indexOf('.');
  if (dot < 0) return null;
  const sessionId = token.slice(0, dot);
  const secret = token.slice(dot + 1);
  if (!UUID.test(sessionId) || !/^[A-Za-z0-9_-]{43}$/.test(secret)) return null;
  return { sessionId, hash: hashSecret(secret) };
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
