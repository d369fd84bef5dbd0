// Where the key that signs access tokens comes from. Production must set AUTH_SECRET (every
// replica has to accept every other replica's tokens); development and tests get a random key
// per process, which signs everybody out on restart, so we say so loudly.
import { randomBytes } from 'node:crypto';
import { ConfigError, type ApiConfig } from '../config/env.js';

export const MIN_SECRET_LENGTH = 32;

export interface WarnLogger {
  warn(fields: Record<string, unknown>, message: string): void;
}

export interface AuthSecretSource {
  nodeEnv: ApiConfig['nodeEnv'];
  authSecret?: string | undefined;
}

export function resolveAuthSecret(source: AuthSecretSource, logger: WarnLogger): Uint8Array {
  const secret = source.authSecret?.trim();
  if (secret) {
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new ConfigError(
        'CONFIG_INVALID',
        `AUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters (got ${secret.length}). Generate one with: openssl rand -base64 48`,
      );
    }
    return new TextEncoder().encode(secret);
  }
  if (source.nodeEnv === 'production') {
    throw new ConfigError(
      'CONFIG_INVALID',
      'AUTH_SECRET is required in production: it signs access tokens and must be the same on every api replica. Generate one with: openssl rand -base64 48',
    );
  }
  if (source.nodeEnv === 'development') {
    logger.warn(
      { auth: 'ephemeral-secret' },
      'AUTH_SECRET is not set: access tokens are signed with a random key made for this process, so every organizer is signed out when the api restarts. Set AUTH_SECRET to keep sessions across restarts.',
    );
  }
  return randomBytes(48);
}
