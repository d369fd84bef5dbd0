// Field-level encryption of one database value: AES-256-GCM under a key derived (HKDF-SHA256)
// from a secret and the field's purpose, so each kind of field has a key of its own; the row's id
// is the associated data, so a value copied onto another row does not decrypt. Text form:
// v1.<iv>.<tag>.<ciphertext>, each part unpadded base64url. Used for badge-signing keys
// (badges/signing-key-cipher.ts) and passport data (accreditation/passport-vault.ts).
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;

/** Why a stored value did not decrypt: not in the format, or altered, or encrypted under another secret or row. */
export type FieldDecryptFailure = 'format' | 'mismatch';

export class FieldCipher {
  private readonly key: Buffer;

  /** `purpose` names the field, e.g. "caravan/badge-signing-key"; it is the HKDF info. */
  constructor(secret: Uint8Array, purpose: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, purpose, 'aes-256-gcm', 32));
  }

  encrypt(plaintext: string, rowId: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(rowId, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  /** The plaintext, or why there is none. */
  tryDecrypt(stored: string, rowId: string): { ok: true; plaintext: string } | { ok: false; failure: FieldDecryptFailure } {
    const [version, iv, tag, body, ...rest] = stored.split('.');
    if (version !== VERSION || iv === undefined || tag === undefined || body === undefined || rest.length > 0) return { ok: false, failure: 'format' };
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(rowId, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return { ok: true, plaintext: Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8') };
    } catch {
      return { ok: false, failure: 'mismatch' };
    }
  }
}

export const FIELD_CIPHER_VERSION = VERSION;
