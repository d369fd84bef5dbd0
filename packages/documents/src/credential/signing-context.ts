// What an edition key signs: a fixed context label, then the credential's bytes. The label
// keeps a badge signature from ever being valid for anything else signed with the same key.
import { ed25519 } from '@noble/curves/ed25519.js';

const CONTEXT = new TextEncoder().encode('caravan/badge-credential\0');

function message(credentialBytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(CONTEXT.length + credentialBytes.length);
  out.set(CONTEXT);
  out.set(credentialBytes, CONTEXT.length);
  return out;
}

export const signBytes = (credentialBytes: Uint8Array, privateKey: Uint8Array): Uint8Array =>
  ed25519.sign(message(credentialBytes), privateKey);

/** Strict RFC 8032 verification (zip215 off): non-canonical points and scalars are refused. */
export const verifyBytes = (credentialBytes: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean =>
  ed25519.verify(signature, message(credentialBytes), publicKey, { zip215: false });
