// Encrypts an edition's badge-signing private key for the database: AES-256-GCM under a key
// derived (HKDF-SHA256) from BADGE_KEY_SECRET, with the edition id as associated data, so a
// stored key copied onto another edition's row does not decrypt. Text form:
// v1.<iv>.<tag>.<ciphertext>, each part unpadded base64url.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;

export class SigningKeyCipherError extends Error {
  override readonly name = 'SigningKeyCipherError';
}

export class SigningKeyCipher {
  private readonly key: Buffer;

  constructor(secret: Uint8Array) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'caravan/badge-signing-key', 'aes-256-gcm', 32));
  }

  encrypt(plaintext: string, editionId: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(editionId, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  decrypt(stored: string, editionId: string): string {
    const [version, iv, tag, body, ...rest] = stored.split('.');
    if (version !== VERSION || iv === undefined || tag === undefined || body === undefined || rest.length > 0) {
      throw new SigningKeyCipherError(`The signing key of edition ${editionId} is not in the ${VERSION} format.`);
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(editionId, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new SigningKeyCipherError(
        `The signing key of edition ${editionId} does not decrypt with BADGE_KEY_SECRET: the secret changed since the key was stored, or the row was altered.`,
      );
    }
  }
}
