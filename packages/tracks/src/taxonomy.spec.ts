import { getTrack, TRACK_SLUGS, trackTaxonomy, ZTrackSlug } from './taxonomy.js';

describe('trackTaxonomy', () => {
  it('pins the public slugs in order (never rename, only add)', () => {
    expect(trackTaxonomy.map((t) => t.slug)).toEqual([
      'green-development',
      'trade-investment',
      'transport-logistics',
      'digital-economy',
      'agriculture-water',
      'poverty-rural',
      'culture-education',
      'healthcare',
      'regional-security',
      'sister-cities',
      'regional-cooperation',
    ]);
    expect([...TRACK_SLUGS]).toEqual(trackTaxonomy.map((t) => t.slug));
  });

  it('names and describes every track in en, zh-Hans and ru', () => {
    for (const track of trackTaxonomy) {
      for (const lang of ['en', 'zh-Hans', 'ru']) {
        expect(track.name[lang]?.trim()).toBeTruthy();
        expect(track.description[lang]?.trim()).toBeTruthy();
      }
      expect(track.name['zh-Hans']).toMatch(/[\u4e00-\u9fff]/);
      expect(track.name['ru']).toMatch(/[а-яё]/i);
    }
  });
});

describe(getTrack.name, () => {
  it('returns a track by slug', () => {
    expect(getTrack('healthcare').name).toEqual({ en: 'Healthcare', 'zh-Hans': '医疗卫生', ru: 'Здравоохранение' });
  });

  it('throws UNKNOWN_TRACK naming the slug', () => {
    expect(() => getTrack('space')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_TRACK', message: expect.stringContaining('"space"') }),
    );
  });
});

describe('ZTrackSlug', () => {
  it('accepts taxonomy slugs and explains a rejection', () => {
    expect(ZTrackSlug.parse('sister-cities')).toBe('sister-cities');
    expect(ZTrackSlug.safeParse('Green').error?.issues[0]?.message).toContain('"Green" is not a track of the taxonomy');
  });
});

describe('taxonomy errors', () => {
  it('list every slug, comma-separated, so that the caller can pick the right one', () => {
    const all = 'green-development, trade-investment, transport-logistics, digital-economy, agriculture-water, poverty-rural, culture-education, healthcare, regional-security, sister-cities, regional-cooperation';
    expect(() => getTrack('space')).toThrow(`Unknown track "space"; the taxonomy holds ${all}`);
    expect(ZTrackSlug.safeParse('Green').error?.issues[0]?.message).toBe(`"Green" is not a track of the taxonomy; use one of ${all}`);
  });
});
