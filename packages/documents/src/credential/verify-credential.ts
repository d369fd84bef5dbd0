// Reads and verifies a badge's code offline: the check-in device holds a keyring of public
// keys and needs nothing else. Never throws on a scanned text; every outcome is a result.
import { decodeBase45 } from './base45.js';
import { daysFromMask, fromMask } from './claim-masks.js';
import { CredentialInputError } from './credential-input.error.js';
import { decodeCredentialBytes } from './credential-layout.js';
import type { EditionPublicKey, VerificationResult } from './credential.types.js';
import { decodePublicKey, keyIdBytes, keyIdText } from './edition-keys.js';
import { verifyBytes } from './signing-context.js';

/** Longest text worth decoding: a version-1 code is about 125 characters. */
const MAX_TEXT_LENGTH = 512;

interface KeyringEntry {
  readonly editionId: string;
  readonly publicKey: Uint8Array;
}

/** The public keys a check-in point trusts, and the edition it admits to. */
export interface CredentialKeyring {
  readonly editionId: string;
  readonly keys: ReadonlyMap<string, KeyringEntry>;
}

/**
 * Prepares the keys once (decoded, checked, indexed by key id). Include earlier editions'
 * keys to have their badges reported as wrong-edition rather than unknown-key.
 */
export function createKeyring(editionId: string, publicKeys: readonly EditionPublicKey[]): CredentialKeyring {
  if (!editionId) throw new CredentialInputError('editionId', 'must name the edition this keyring admits to');
  const keys = new Map<string, KeyringEntry>();
  publicKeys.forEach((key, index) => {
    const publicKey = decodePublicKey(key.publicKey, `publicKeys[${index}].publicKey`);
    const keyId = keyIdText(keyIdBytes(publicKey));
    const known = keys.get(keyId);
    if (known && known.editionId !== key.editionId) {
      throw new CredentialInputError(`publicKeys[${index}]`, `its key id ${keyId} is already used by edition ${known.editionId}`);
    }
    keys.set(keyId, { editionId: key.editionId, publicKey });
  });
  return { editionId, keys };
}

export function verifyCredential(keyring: CredentialKeyring, text: string): VerificationResult {
  if (text.length > MAX_TEXT_LENGTH) return { status: 'malformed', reason: `${text.length} characters is too long for a badge code` };
  const bytes = decodeBase45(text);
  if (typeof bytes === 'string') return { status: 'malformed', reason: bytes };
  const decoded = decodeCredentialBytes(bytes);
  if (typeof decoded === 'string') return { status: 'malformed', reason: decoded };

  const { fields } = decoded;
  const keyId = keyIdText(fields.keyId);
  const key = keyring.keys.get(keyId);
  if (!key) return { status: 'unknown-key', keyId };
  if (!verifyBytes(decoded.signed, decoded.signature, key.publicKey)) return { status: 'bad-signature', keyId };
  // Checked after the signature, so only a genuine badge of another edition is reported as one.
  if (key.editionId !== keyring.editionId) {
    return { status: 'wrong-edition', editionId: key.editionId, expectedEditionId: keyring.editionId };
  }
  return {
    status: 'valid',
    claims: {
      editionId: key.editionId,
      keyId,
      badgeNumber: fields.badgeNumber,
      serial: fields.serial,
      zones: fromMask(fields.zoneMask),
      days: daysFromMask(fields.firstDay, fields.dayMask),
      issuedAt: new Date(fields.issuedAtSeconds * 1000),
    },
  };
}
