import fc from 'fast-check';
import { decodeBase45, encodeBase45 } from './base45.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe(encodeBase45.name, () => {
  it('gives the RFC 9285 examples', () => {
    expect(encodeBase45(utf8('AB'))).toBe('BB8');
    expect(encodeBase45(utf8('Hello!!'))).toBe('%69 VD92EX0');
    expect(encodeBase45(utf8('base-45'))).toBe('UJCLQE7W581');
    expect(encodeBase45(new Uint8Array())).toBe('');
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(decodeBase45(encodeBase45(bytes))).toEqual(bytes);
      }),
    );
  });
});

describe(decodeBase45.name, () => {
  it('decodes the RFC 9285 example', () => {
    expect(new TextDecoder().decode(decodeBase45('QED8WEX0') as Uint8Array)).toBe('ietf!');
  });

  it('refuses texts that no bytes encode to', () => {
    expect(decodeBase45('GGW')).toMatch(/exceed two bytes/); // 65536 + …: RFC 9285's invalid example
    expect(decodeBase45(':::')).toMatch(/exceed two bytes/);
    expect(decodeBase45('::')).toMatch(/exceed one byte/);
    expect(decodeBase45('ABCD')).toMatch(/cannot be 4 characters long/);
    expect(decodeBase45('abc')).toMatch(/"a" is not a base45 character/);
    expect(decodeBase45('A😀')).toMatch(/"😀" is not a base45 character/);
  });
});
