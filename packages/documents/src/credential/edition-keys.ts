// Edition key pairs (Ed25519) and the short key id a credential names its signer by.
// Keys travel as unpadded base64url text so they fit a database column or a JSON bundle.
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { base64urlnopad } from '@scure/base';
import { CredentialInputError } from './credential-input.error.js';
import { KEY_ID_BYTES } from './credential-layout.js';
import type { EditionKeyPair } from './credential.types.js';

const KEY_BYTES = 32;

const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** The first four bytes of SHA-256 of the public key: derived, so it never disagrees with the key. */
export function keyIdBytes(publicKey: Uint8Array): Uint8Array {
  return sha256(publicKey).subarray(0, KEY_ID_BYTES);
}

export const keyIdText = (keyId: Uint8Array): string => toHex(keyId);

/** A fresh edition key pair from the platform's cryptographic random source. */
export function generateEditionKeyPair(): EditionKeyPair {
  const { secretKey, publicKey } = ed25519.keygen();
  return {
    keyId: keyIdText(keyIdBytes(publicKey)),
    publicKey: base64urlnopad.encode(publicKey),
    privateKey: base64urlnopad.encode(secretKey),
  };
}

/** The 32 bytes of a base64url key, or a CredentialInputError naming the field. */
export function decodeKey(text: string, field: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = base64urlnopad.decode(text);
  } catch {
    throw new CredentialInputError(field, 'is not unpadded base64url text');
  }
  if (bytes.length !== KEY_BYTES) throw new CredentialInputError(field, `holds ${bytes.length} bytes; an Ed25519 key has ${KEY_BYTES}`);
  return bytes;
}

export const publicKeyOf = (privateKey: Uint8Array): Uint8Array => ed25519.getPublicKey(privateKey);

export function decodePublicKey(text: string, field: string): Uint8Array {
  const bytes = decodeKey(text, field);
  if (!ed25519.utils.isValidPublicKey(bytes, false)) throw new CredentialInputError(field, 'is not a point of the Ed25519 curve');
  return bytes;
}

