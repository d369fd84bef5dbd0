import { ZTypeScale } from './theme-schema.js';
import { remOf, typeSizes } from './type-scale.js';

describe(typeSizes.name, () => {
  it('grows each step by the ratio from the base size', () => {
    expect(typeSizes({ kind: 'ratio', baseSize: 16, ratio: 1.25 })).toEqual({ sm: 12.8, base: 16, lg: 20, xl: 25, '2xl': 31.25, '3xl': 39.06 });
  });

  it('takes explicit sizes as they are', () => {
    const sizes = { sm: 13, base: 16, lg: 19, xl: 23, '2xl': 28, '3xl': 36 };
    expect(typeSizes(ZTypeScale.parse({ kind: 'steps', sizes }))).toEqual(sizes);
  });
});

describe('ZTypeScale', () => {
  it('keeps body text readable and headings in proportion', () => {
    const messages = (input: unknown) => ZTypeScale.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(messages({ kind: 'ratio', baseSize: 12, ratio: 2 })).toEqual([
      ['baseSize', 'body text needs at least 14px to stay readable'],
      ['ratio', 'a ratio above 1.618 (the golden ratio) makes headings overwhelm the page'],
    ]);
    expect(messages({ kind: 'golden' })).toEqual([['kind', 'scale.kind must be "ratio" (baseSize and ratio) or "steps" (explicit sizes)']]);
  });
});

describe(remOf.name, () => {
  it('writes px as rem of the 16px default', () => {
    expect([remOf(16), remOf(18), remOf(39.06)]).toEqual(['1rem', '1.125rem', '2.4413rem']);
  });
});
