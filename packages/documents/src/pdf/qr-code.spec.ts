import { delegateClaims, eleventhKey } from '../credential/credential.fixtures.js';
import { generateEditionKeyPair, signCredential } from '../credential/index.js';
import { qrSymbol } from './qr-code.js';

describe(qrSymbol.name, () => {
  it('encodes the largest credential in alphanumeric mode, in a version 6 symbol (41 modules) at level M', () => {
    const credential = signCredential(generateEditionKeyPair().privateKey, {
      badgeNumber: 2 ** 31 - 1,
      serial: 2 ** 31 - 1,
      zones: Array.from({ length: 31 }, (_, zone) => zone),
      days: ['2149-05-07', '2149-06-06'],
      issuedAt: new Date(0xffff_ffff * 1000),
    });
    expect(credential).toHaveLength(143);
    const symbol = qrSymbol(credential);
    expect(symbol.segments.map((segment) => segment.mode.id)).toEqual(['Alphanumeric']);
    expect(symbol.errorCorrectionLevel.bit).toBe(0); // M
    expect(symbol.modules.size).toBe(41);
  });

  it('fits a typical credential (81 bytes, 122 characters) in a version 5 symbol (37 modules)', () => {
    const symbol = qrSymbol(signCredential(eleventhKey.privateKey, delegateClaims));
    expect([symbol.version, symbol.modules.size]).toEqual([5, 37]);
  });

  it('lets qrcode choose the modes for any other text, such as a URL', () => {
    const symbol = qrSymbol('https://caravan.example/verify/letters/CCA11-VS-00417?code=7KQ2M9');
    expect(symbol.segments.map((segment) => segment.mode.id)).toContain('Byte');
  });
});
