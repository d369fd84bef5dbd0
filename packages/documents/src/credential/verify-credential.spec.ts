import { base64urlnopad } from '@scure/base';
import fc from 'fast-check';
import { decodeBase45, encodeBase45 } from './base45.js';
import { delegateClaims, eleventhKey, ELEVENTH, twelfthKey, TWELFTH } from './credential.fixtures.js';
import { CredentialInputError } from './credential-input.error.js';
import type { VerificationStatus } from './credential.types.js';
import { generateEditionKeyPair } from './edition-keys.js';
import { signCredential } from './sign-credential.js';
import { createKeyring, verifyCredential } from './verify-credential.js';

const keyring = createKeyring(ELEVENTH, [
  { editionId: ELEVENTH, publicKey: eleventhKey.publicKey },
  { editionId: TWELFTH, publicKey: twelfthKey.publicKey },
]);
const code = signCredential(eleventhKey.privateKey, delegateClaims);
const bytes = decodeBase45(code) as Uint8Array;

/** Byte regions of the delegate's code (badge number 24817 takes three varint bytes). */
const REGIONS: [string, number, number, VerificationStatus[]][] = [
  ['version', 0, 1, ['malformed']],
  ['key id', 1, 5, ['unknown-key']],
  ['badge number', 5, 8, ['bad-signature', 'malformed']],
  ['serial', 8, 9, ['bad-signature', 'malformed']],
  ['zone mask', 9, 10, ['bad-signature', 'malformed']],
  ['first day', 10, 12, ['bad-signature']],
  ['day mask', 12, 13, ['bad-signature', 'malformed']],
  ['issue time', 13, 17, ['bad-signature']],
  ['signature', 17, 81, ['bad-signature']],
];

describe(verifyCredential.name, () => {
  it('accepts the untouched code', () => {
    expect(verifyCredential(keyring, code).status).toBe('valid');
  });

  it.each(REGIONS)('rejects every single-bit change in the %s', (_region, from, to, expected) => {
    expect(REGIONS.at(-1)![2]).toBe(bytes.length);
    for (let index = from; index < to; index++) {
      for (let bit = 0; bit < 8; bit++) {
        const altered = bytes.slice();
        altered[index]! ^= 1 << bit;
        const { status } = verifyCredential(keyring, encodeBase45(altered));
        expect(expected).toContain(status);
      }
    }
  });

  it('rejects a code with its fields re-signed by another key under the same key id', () => {
    const forger = generateEditionKeyPair();
    const forged = decodeBase45(signCredential(forger.privateKey, { ...delegateClaims, zones: [0, 1, 2, 3, 4] })) as Uint8Array;
    forged.set(bytes.subarray(1, 5), 1); // claim the edition's key id
    expect(verifyCredential(keyring, encodeBase45(forged))).toEqual({ status: 'bad-signature', keyId: eleventhKey.keyId });
  });

  it('rejects every truncation and every extension', () => {
    for (let length = 0; length < code.length; length++) {
      expect(verifyCredential(keyring, code.slice(0, length)).status).toBe('malformed');
    }
    for (let length = 0; length < bytes.length; length++) {
      expect(verifyCredential(keyring, encodeBase45(bytes.subarray(0, length))).status).toBe('malformed');
    }
    const extended = new Uint8Array([...bytes, 0]);
    expect(verifyCredential(keyring, encodeBase45(extended))).toEqual({ status: 'malformed', reason: '1 bytes follow the signature' });
  });

  it('reports a genuine badge of another edition as wrong-edition, and an unknown signer as unknown-key', () => {
    const twelfth = signCredential(twelfthKey.privateKey, delegateClaims);
    expect(verifyCredential(keyring, twelfth)).toEqual({ status: 'wrong-edition', editionId: TWELFTH, expectedEditionId: ELEVENTH });
    const onlyEleventh = createKeyring(ELEVENTH, [{ editionId: ELEVENTH, publicKey: eleventhKey.publicKey }]);
    expect(verifyCredential(onlyEleventh, twelfth)).toEqual({ status: 'unknown-key', keyId: twelfthKey.keyId });
  });

  it('never accepts and never throws on arbitrary text of any length and character set', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 600 }), fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'), maxLength: 200 })), (text) => {
        expect(verifyCredential(keyring, text).status).not.toBe('valid');
      }),
      { numRuns: 2000 },
    );
  });

  it('never accepts arbitrary bytes that carry the edition key id', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 120 }), (random) => {
        const candidate = new Uint8Array([1, ...bytes.subarray(1, 5), ...random]);
        expect(['malformed', 'bad-signature']).toContain(verifyCredential(keyring, encodeBase45(candidate)).status);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a URL, a sentence or an empty scan as malformed with a reason', () => {
    expect(verifyCredential(keyring, 'https://caravan.example/verify/L-2024-00017')).toMatchObject({ status: 'malformed', reason: '"h" is not a base45 character' });
    expect(verifyCredential(keyring, '')).toMatchObject({ status: 'malformed', reason: 'it ends inside the version' });
    expect(verifyCredential(keyring, 'A'.repeat(10_000))).toMatchObject({ status: 'malformed', reason: '10000 characters is too long for a badge code' });
  });
});

describe(createKeyring.name, () => {
  it('names the key that is not an Ed25519 public key', () => {
    expect(() => createKeyring(ELEVENTH, [{ editionId: ELEVENTH, publicKey: 'c2hvcnQ' }])).toThrow('publicKeys[0].publicKey: holds 5 bytes');
    expect(() => createKeyring(ELEVENTH, [{ editionId: ELEVENTH, publicKey: '%%%' }])).toThrow(CredentialInputError);
    const offCurve = base64urlnopad.encode(new Uint8Array(32).fill(0xff));
    expect(() => createKeyring(ELEVENTH, [{ editionId: ELEVENTH, publicKey: offCurve }])).toThrow('publicKeys[0].publicKey: is not a point of the Ed25519 curve');
    expect(() => createKeyring('', [])).toThrow(/^editionId: /);
  });

  it('refuses one key listed for two editions', () => {
    const reused = [
      { editionId: ELEVENTH, publicKey: eleventhKey.publicKey },
      { editionId: TWELFTH, publicKey: eleventhKey.publicKey },
    ];
    expect(() => createKeyring(ELEVENTH, reused)).toThrow(`publicKeys[1]: its key id ${eleventhKey.keyId} is already used by edition ${ELEVENTH}`);
  });
});
