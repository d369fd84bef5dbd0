// Encrypts an edition's badge-signing private key for the database: a field cipher
// (common/crypto/field-cipher.ts) under BADGE_KEY_SECRET with the purpose
// "caravan/badge-signing-key" and the edition id as associated data, so a stored key copied onto
// another edition's row does not decrypt. Text form: v1.<iv>.<tag>.<ciphertext>.
import { FIELD_CIPHER_VERSION, FieldCipher } from '../common/crypto/field-cipher.js';

export class SigningKeyCipherError extends Error {
  override readonly name = 'SigningKeyCipherError';
}

export class SigningKeyCipher {
  private readonly cipher: FieldCipher;

  constructor(secret: Uint8Array) {
    this.cipher = new FieldCipher(secret, 'caravan/badge-signing-key');
  }

  encrypt(plaintext: string, editionId: string): string {
    return this.cipher.encrypt(plaintext, editionId);
  }

  decrypt(stored: string, editionId: string): string {
    const opened = this.cipher.tryDecrypt(stored, editionId);
    if (opened.ok) return opened.plaintext;
    if (opened.failure === 'format') throw new SigningKeyCipherError(`The signing key of edition ${editionId} is not in the ${FIELD_CIPHER_VERSION} format.`);
    throw new SigningKeyCipherError(
      `The signing key of edition ${editionId} does not decrypt with BADGE_KEY_SECRET: the secret changed since the key was stored, or the row was altered.`,
    );
  }
}
