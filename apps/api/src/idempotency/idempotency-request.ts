// What a mutation needs to honour the Idempotency-Key header (as Stripe and pretix do): the key
// the client chose, the operation it names, and a hash of the operation's arguments. Who calls
// is added by the write runner, which knows the caller (a signed-in user, or a visitor by the
// hash of their address): the same key used by two callers or for two operations never meets.
import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';
import { AppError } from '../common/errors/app-error.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** Printable ASCII without spaces, 1 to 255 characters: a UUID, a ULID, a client's own scheme. */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** How long a key is remembered: a replay after that runs the mutation again. */
export const IDEMPOTENCY_KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

export interface IdempotencyRequest {
  key: string;
  /** The mutation (its root field name), e.g. "submitApplication". */
  operation: string;
  /** SHA-256 of the arguments in canonical JSON (keys sorted): the same body hashes the same. */
  requestHash: string;
}

/** The key of a request's header; null when it has none. Refuses a malformed key, naming the header. */
export function idempotencyKeyOf(header: string | string[] | undefined): string | null {
  if (header === undefined) return null;
  const value = Array.isArray(header) ? header : [header];
  if (value.length !== 1 || !KEY_PATTERN.test(value[0] ?? '')) {
    throw new AppError('BAD_USER_INPUT', 'The Idempotency-Key header must be one value of 1 to 255 printable characters without spaces (a UUID, for example).', [
      { field: 'Idempotency-Key', reason: 'must be one value of 1 to 255 printable characters without spaces' },
    ]);
  }
  return value[0] as string;
}

export function hashArguments(args: unknown): string {
  return createHash('sha256').update(stringify(args ?? null) ?? 'null').digest('hex');
}

export function idempotencyRequest(header: string | string[] | undefined, operation: string, args: unknown): IdempotencyRequest | null {
  const key = idempotencyKeyOf(header);
  return key === null ? null : { key, operation, requestHash: hashArguments(args) };
}
