// Where the key that encrypts badge-signing keys at rest comes from. Production must set
// BADGE_KEY_SECRET. Development and tests fall back to a fixed, published development secret
// (unlike AUTH_SECRET it cannot be random per process: keys stored yesterday must still
// decrypt after a restart), and development says so loudly.
import { ConfigError, type ApiConfig } from '../config/env.js';
import type { WarnLogger } from '../auth/auth-secret.js';

/** Not a secret: it only keeps development data readable across restarts. */
export const DEVELOPMENT_BADGE_KEY_SECRET = 'caravan-development-badge-key-secret-not-for-production';

export interface BadgeKeySecretSource {
  nodeEnv: ApiConfig['nodeEnv'];
  badgeKeySecret?: string | undefined;
}

export function resolveBadgeKeySecret(source: BadgeKeySecretSource, logger: WarnLogger): Uint8Array {
  const secret = source.badgeKeySecret?.trim();
  if (secret) return new TextEncoder().encode(secret);
  if (source.nodeEnv === 'production') {
    throw new ConfigError(
      'CONFIG_INVALID',
      'BADGE_KEY_SECRET is required in production: it encrypts the editions’ badge-signing keys and must be the same on every api replica. Generate one with: openssl rand -base64 48',
    );
  }
  if (source.nodeEnv === 'development') {
    logger.warn({ badges: 'development-key-secret' }, 'BADGE_KEY_SECRET is not set: badge-signing keys are encrypted with the published development secret. Set BADGE_KEY_SECRET before issuing real badges.');
  }
  return new TextEncoder().encode(DEVELOPMENT_BADGE_KEY_SECRET);
}
