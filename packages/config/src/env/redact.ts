// The one redaction helper for what a process prints about its configuration: config errors,
// boot logs, health answers, and the errors its logger writes. A connection URL keeps its scheme, user, host and path, and loses
// its password; a variable whose name says it is a secret is never echoed at all.

export const REDACTED = '***';

/** Names of variables whose values are secrets (AUTH_SECRET, SMTP_PASSWORD, S3_SECRET_ACCESS_KEY, ...). */
const SECRET_NAME = /SECRET|PASSWORD|PASSWD|TOKEN|CREDENTIAL|PRIVATE|(?:^|_)KEY$|ACCESS_KEY/;

export function isSecretVariable(name: string): boolean {
  return SECRET_NAME.test(name.toUpperCase());
}

/** One URL with its password replaced by ***; anything that is not a URL with a password is returned as it is. */
export function redactUrl(value: string): string {
  const scheme = value.indexOf('://');
  if (scheme === -1) return value;
  const authorityStart = scheme + 3;
  // The authority ends at the first "/", "?" or "#"; its userinfo at the last "@" before that.
  let authorityEnd = value.length;
  for (const mark of ['/', '?', '#']) {
    const at = value.indexOf(mark, authorityStart);
    if (at !== -1 && at < authorityEnd) authorityEnd = at;
  }
  const at = value.lastIndexOf('@', authorityEnd - 1);
  if (at < authorityStart) return value;
  const colon = value.indexOf(':', authorityStart);
  if (colon === -1 || colon > at) return value;
  return `${value.slice(0, colon + 1)}${REDACTED}${value.slice(at)}`;
}

/** Free text (an error message, a warning) with the password of every URL in it replaced. */
export function redactSecrets(text: string): string {
  // Whitespace and quotes end a URL in a message; each piece is looked at once.
  return text
    .split(/(["'\s<>]+)/)
    .map((piece) => (piece.includes('://') ? redactUrl(piece) : piece))
    .join('');
}

/** How a config error shows a variable's value: never a secret's, and no URL's password. */
export function describeValue(name: string, raw: string): string {
  return isSecretVariable(name) ? `a value of ${raw.length} characters, not shown` : `"${redactSecrets(raw)}"`;
}

/**
 * A value about to be logged (a serialized error with its cause and extra properties): the
 * password of every URL in its strings replaced, and properties named like secrets hidden. A
 * driver's error often carries the connection string it was given, in its message or a field.
 */
export function redactForLog(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactSecrets(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 6) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactForLog(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = isSecretVariable(key) ? REDACTED : redactForLog(item, depth + 1);
  return out;
}

/**
 * The logger's serializers for errors (under `err`, pino's key, and `error`): the logger's own
 * error serializer (pino.stdSerializers.err), then redactForLog over what it gives.
 */
export function redactedErrorSerializers(serializeError: (error: Error) => unknown): Record<'err' | 'error', (value: unknown) => unknown> {
  const serializer = (value: unknown): unknown => redactForLog(value instanceof Error ? serializeError(value) : value);
  return { err: serializer, error: serializer };
}
