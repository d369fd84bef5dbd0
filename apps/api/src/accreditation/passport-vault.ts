// Passport data is kept out of an application's answers and stored encrypted in its own column
// (Application.passportEncrypted): a field cipher (common/crypto/field-cipher.ts) under
// BADGE_KEY_SECRET with the purpose "caravan/passport-data" and the application's id as
// associated data. Only the participant (through their link) and the edition's registration
// officers (registration.read) read it back.
import { Inject, Injectable } from '@nestjs/common';
import type { PassportData } from '@caravan/forums/registration';
import type { Logger } from 'pino';
import { resolveBadgeKeySecret } from '../badges/badge-key-secret.js';
import { FieldCipher } from '../common/crypto/field-cipher.js';
import { API_CONFIG, LOGGER } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';

export class PassportDecryptError extends Error {
  override readonly name = 'PassportDecryptError';
}

/** The answers without their passport part, and that part (undefined when none was given). */
export function splitPassport<T extends object>(answers: T): { answers: Omit<T, 'passport'>; passport: unknown } {
  const { passport, ...rest } = answers as T & { passport?: unknown };
  return { answers: rest, passport };
}

@Injectable()
export class PassportVault {
  private readonly cipher: FieldCipher;

  constructor(@Inject(API_CONFIG) config: ApiConfig, @Inject(LOGGER) logger: Logger) {
    this.cipher = new FieldCipher(resolveBadgeKeySecret(config, logger), 'caravan/passport-data');
  }

  /** The column's value for `passport` (null when there is none to keep). */
  seal(applicationId: string, passport: unknown): string | null {
    if (passport === undefined || passport === null) return null;
    return this.cipher.encrypt(JSON.stringify(passport), applicationId);
  }

  open(applicationId: string, stored: string | null): PassportData | null {
    if (stored === null) return null;
    const opened = this.cipher.tryDecrypt(stored, applicationId);
    if (!opened.ok) throw new PassportDecryptError(`The passport data of application ${applicationId} does not decrypt with BADGE_KEY_SECRET: the secret changed since it was stored, or the row was altered.`);
    return JSON.parse(opened.plaintext) as PassportData;
  }
}
