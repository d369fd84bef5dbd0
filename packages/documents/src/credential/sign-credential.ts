// Issues a badge's code: validates the claims, lays them out and signs them with the edition
// key. Runs wherever the issuer runs (a worker today); needs no Node built-in.
import { encodeBase45 } from './base45.js';
import { parseBadgeClaims } from './badge-claims.schema.js';
import { daysToMask, toMask } from './claim-masks.js';
import { SIGNATURE_BYTES, encodeCredentialFields } from './credential-layout.js';
import type { BadgeClaims } from './credential.types.js';
import { decodeKey, keyIdBytes, publicKeyOf } from './edition-keys.js';
import { signBytes } from './signing-context.js';

/** The last key used and its id: an edition's badges are signed in runs with one key. */
let lastKey: { text: string; privateKey: Uint8Array; keyId: Uint8Array } | undefined;

function signingKey(text: string): { privateKey: Uint8Array; keyId: Uint8Array } {
  if (lastKey?.text !== text) {
    const privateKey = decodeKey(text, 'privateKey');
    lastKey = { text, privateKey, keyId: keyIdBytes(publicKeyOf(privateKey)) };
  }
  return lastKey;
}

/** The QR text of a badge (base45), signed by the edition's private key. */
export function signCredential(privateKeyText: string, claims: BadgeClaims): string {
  const { privateKey, keyId } = signingKey(privateKeyText);
  const valid = parseBadgeClaims(claims);
  const { firstDay, dayMask } = daysToMask(valid.days);
  const unsigned = encodeCredentialFields({
    keyId,
    badgeNumber: valid.badgeNumber,
    serial: valid.serial,
    zoneMask: toMask(valid.zones),
    firstDay,
    dayMask,
    issuedAtSeconds: Math.floor(valid.issuedAt.getTime() / 1000),
  });
  const bytes = new Uint8Array(unsigned.length + SIGNATURE_BYTES);
  bytes.set(unsigned);
  bytes.set(signBytes(unsigned, privateKey), unsigned.length);
  return encodeBase45(bytes);
}
