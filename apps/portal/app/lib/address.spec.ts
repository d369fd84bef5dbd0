import { editionNumberParam, seriesSlugParam } from './address.js';

describe(seriesSlugParam.name, () => {
  it('takes a lower-case slug and nothing else', () => {
    expect(seriesSlugParam('china-central-asia')).toBe('china-central-asia');
    for (const bad of ['Bad_Slug', 'china--asia', '-china', 'china-', '', 'a'.repeat(101), 'china central', undefined]) {
      expect({ bad, slug: seriesSlugParam(bad) }).toEqual({ bad, slug: null });
    }
  });
});

describe(editionNumberParam.name, () => {
  it('takes a canonical edition number within the api Int range, and nothing else', () => {
    expect(editionNumberParam('11')).toBe(11);
    expect(editionNumberParam('999999999')).toBe(999_999_999);
    for (const bad of ['011', '1e1', '0x0B', '0', '-1', '+11', '11.0', ' 11', '99999999999999', '2147483648', 'abc', '', undefined]) {
      expect({ bad, number: editionNumberParam(bad) }).toEqual({ bad, number: null });
    }
  });
});
