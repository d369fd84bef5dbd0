import { safeRedirectTarget } from './redirect-target.js';

describe(safeRedirectTarget.name, () => {
  it('keeps paths of the console and refuses anything that leaves it', () => {
    expect(safeRedirectTarget('/series/china-central-asia?x=1')).toBe('/series/china-central-asia?x=1');
    for (const target of ['https://evil.example', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '', null, '/sign-in', '/sign-out']) {
      expect(safeRedirectTarget(target)).toBe('/');
    }
  });
});
