import { contrastRatio, InvalidColorError, parseHexColor } from './contrast.js';

describe(contrastRatio.name, () => {
  it('gives 21 for black on white and 1 for equal colours', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FFF', '#000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  it('matches the WCAG reference value for #777 on white (4.48)', () => {
    expect(contrastRatio('#777777', '#FFFFFF')).toBeCloseTo(4.48, 2);
  });
});

describe(parseHexColor.name, () => {
  it('expands short hex and rejects other notations with a coded error', () => {
    expect(parseHexColor('#1a2')).toEqual([0x11, 0xaa, 0x22]);
    expect(() => parseHexColor('rgb(0,0,0)')).toThrow(InvalidColorError);
    expect(() => parseHexColor('#12345')).toThrow(/not a #RGB or #RRGGBB colour/);
  });
});
