import { base64urlnopad } from '@scure/base';
import { decodeBase45 } from './base45.js';
import { delegateClaims, eleventhKey, ELEVENTH } from './credential.fixtures.js';
import { CredentialInputError } from './credential-input.error.js';
import { signCredential } from './sign-credential.js';
import { createKeyring, verifyCredential } from './verify-credential.js';

describe(signCredential.name, () => {
  it('signs claims that the edition keyring reads back unchanged', () => {
    const code = signCredential(eleventhKey.privateKey, delegateClaims);
    const result = verifyCredential(createKeyring(ELEVENTH, [{ editionId: ELEVENTH, publicKey: eleventhKey.publicKey }]), code);
    expect(result).toEqual({ status: 'valid', claims: { ...delegateClaims, editionId: ELEVENTH, keyId: eleventhKey.keyId } });
  });

  it('takes 81 bytes (122 base45 characters) for a five-digit badge number', () => {
    const code = signCredential(eleventhKey.privateKey, delegateClaims);
    expect((decodeBase45(code) as Uint8Array).length).toBe(81);
    expect(code).toHaveLength(122);
    expect(code).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
  });

  it('takes at most 95 bytes, at the largest values the layout allows', () => {
    const code = signCredential(eleventhKey.privateKey, {
      badgeNumber: 2 ** 31 - 1,
      serial: 2 ** 31 - 1,
      zones: Array.from({ length: 31 }, (_, zone) => zone),
      days: ['2149-05-07', '2149-06-06'],
      issuedAt: new Date(0xffff_ffff * 1000),
    });
    expect((decodeBase45(code) as Uint8Array).length).toBe(95);
  });

  it('normalises zones and days: sorted, each once', () => {
    const code = signCredential(eleventhKey.privateKey, { ...delegateClaims, zones: [4, 1, 4, 0], days: ['2024-10-28', '2024-10-25', '2024-10-26', '2024-10-25'] });
    const result = verifyCredential(createKeyring(ELEVENTH, [{ editionId: ELEVENTH, publicKey: eleventhKey.publicKey }]), code);
    expect(result.status === 'valid' && [result.claims.zones, result.claims.days]).toEqual([
      [0, 1, 4],
      ['2024-10-25', '2024-10-26', '2024-10-28'],
    ]);
  });

  it.each([
    [{ badgeNumber: 0 }, 'claims.badgeNumber'],
    [{ badgeNumber: 1.5 }, 'claims.badgeNumber'],
    [{ serial: -1 }, 'claims.serial'],
    [{ zones: [] }, 'claims.zones'],
    [{ zones: [0, 31] }, 'claims.zones[1]'],
    [{ days: [] }, 'claims.days'],
    [{ days: ['2024-02-30'] }, 'claims.days[0]'],
    [{ days: ['2024-10-01', '2024-11-01'] }, 'claims.days'],
    [{ issuedAt: new Date('x') }, 'claims.issuedAt'],
  ])('refuses %j naming %s', (change, field) => {
    const sign = () => signCredential(eleventhKey.privateKey, { ...delegateClaims, ...change });
    expect(sign).toThrow(CredentialInputError);
    expect(sign).toThrow(new RegExp(`^${field.replace(/[.[\]]/g, '\\$&')}: `));
  });

  it('refuses a private key that is not 32 bytes of base64url', () => {
    expect(() => signCredential('not a key!', delegateClaims)).toThrow('privateKey: is not unpadded base64url text');
    expect(() => signCredential(base64urlnopad.encode(new Uint8Array(31)), delegateClaims)).toThrow('privateKey: holds 31 bytes');
  });
});
