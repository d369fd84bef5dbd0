// Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30-second steps, as every authenticator
// app reads them) through the otpauth library, and one-time recovery codes. Only hashes of
// recovery codes are stored; they carry 80 random bits, so SHA-256 is enough.
import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { hashSecret } from './refresh-tokens.js';

const ISSUER = 'Caravan';
const PERIOD_SECONDS = 30;
/** Codes of the step before and after the current one are accepted too (clock drift). */
const DRIFT_STEPS = 1;
export const RECOVERY_CODE_COUNT = 10;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label = 'organizer'): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secret) });
}

/** The otpauth:// URI an authenticator app reads (as a QR code, or typed in). */
export function otpauthUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

/** The code of a secret at a moment (what the organizer's app shows then). */
export function totpCodeAt(secret: string, at: Date): string {
  return totp(secret).generate({ timestamp: at.getTime() });
}

/** The time step a code belongs to when it is valid at `now`, or null. */
export function totpStep(secret: string, code: string, now: Date): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret).validate({ token, timestamp: now.getTime(), window: DRIFT_STEPS });
  return delta === null ? null : Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
}

/** Fresh recovery codes as shown to the organizer ("ABCD-EFGH-IJKL-MNOP"). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const code = Secret.fromHex(randomBytes(10).toString('hex')).base32;
    return code.match(/.{4}/g)?.join('-') ?? code;
  });
}

/** The stored hash of a recovery code, however it was typed (case, dashes, spaces). */
export function recoveryCodeHash(code: string): string {
  return hashSecret(code.replace(/[\s-]/g, '').toUpperCase());
}
