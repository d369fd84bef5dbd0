// Issues a badge's code: validates the claims, lays them out and signs them with the edition
// key. Runs wherever the issuer runs (a worker today); needs no Node built-in.
import { encodeBase45 } from './base45.js';
import { parseBadgeClaims } from './badge-claims.schema.js';
import { daysToMask, toMask } from './claim-masks.js';
import { SIGNATURE_BYTES, encodeCredentialFields } from './credential-layout.js';
import type { BadgeClaims } from './credential.types.js';
import { decodeKey, keyIdBytes, publicKeyOf } from './edition-keys.js';
import { signBytes } from './signing-context.js';

/** The QR text of a badge (base45), signed by the edition's private key. */
export function signCredential(privateKeyText: string, claims: BadgeClaims): string {
  const privateKey = decodeKey(privateKeyText, 'privateKey');
  const valid = parseBadgeClaims(claims);
  const { firstDay, dayMask } = daysToMask(valid.days);
  const unsigned = encodeCredentialFields({
    keyId: keyIdBytes(publicKeyOf(privateKey)),
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
