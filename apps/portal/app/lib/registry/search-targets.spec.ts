import { searchHitPath } from './search-targets.js';

describe('search hit addresses', () => {
  it('leads an agreement to its page and a session to its programme', () => {
    expect(searchHitPath({ kind: 'AGREEMENT', slug: 'sister-ningxia-samarkand', seriesSlug: 'china-central-asia', editionNumber: 11 })).toBe('/china-central-asia/agreements/11/sister-ningxia-samarkand');
    expect(searchHitPath({ kind: 'SESSION', slug: 'opening-plenary', seriesSlug: 'china-central-asia', editionNumber: 11 })).toBe('/china-central-asia/11#programme');
  });

  it('gives no link where there is no page', () => {
    expect(searchHitPath({ kind: 'PERSON', slug: 'edil-baisalov', seriesSlug: 'china-central-asia', editionNumber: null })).toBeNull();
    expect(searchHitPath({ kind: 'ORGANIZATION', slug: 'sco-committee', seriesSlug: null, editionNumber: null })).toBeNull();
    expect(searchHitPath({ kind: 'AGREEMENT', slug: 'x', seriesSlug: 'china-central-asia', editionNumber: null })).toBeNull();
  });
});
