import { missingSteps, nextStep, previousStep, readStep, storedThemeOf, themeChoiceOf, colorField } from './launch-wizard.js';

const messages = { required: 'required', slug: 'slug', country: 'country', date: 'date', dateOrder: 'order', timeZone: 'zone', color: 'color', language: 'language', track: 'track' };
const form = (entries: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  return data;
};
const fields = (problems: { field: string }[]) => problems.map((problem) => problem.field);

describe(readStep.name, () => {
  it('makes the slug from the English name and refuses a malformed one beside its field', () => {
    const made = readStep('series', form({ name_en: 'China–Gulf Dialogue', shortName_en: 'China–Gulf', description_en: 'A series.' }), {}, messages);
    expect(made.problems).toEqual([]);
    expect(made.draft.series?.slug).toBe('china-gulf-dialogue');
    const bad = readStep('series', form({ name_en: 'X', shortName_en: 'X', description_en: 'X', slug: 'Not A Slug' }), {}, messages);
    expect(fields(bad.problems)).toEqual(['slug']);
  });

  it('refuses a new region without countries, and codes that are not ISO 3166-1 countries', () => {
    const empty = readStep('region', form({ mode: 'new', newCode: 'gulf', regionName_en: 'Gulf' }), {}, messages);
    expect(fields(empty.problems)).toEqual(['countries']);
    const unknown = readStep('region', form({ mode: 'new', newCode: 'gulf', regionName_en: 'Gulf', countries: ['OM', 'XX'], partner: 'CN' }), {}, messages);
    expect(unknown.problems).toEqual([{ field: 'countries', code: 'INVALID', message: 'country XX' }]);
    const known = readStep('region', form({ mode: 'existing', code: 'south-caucasus', partner: 'CN' }), {}, messages);
    expect(known.problems).toEqual([]);
  });

  it('refuses dates out of order and a time zone that does not exist, each beside its field', () => {
    const base = { number: '1', theme_en: 'Theme', hostCity_en: 'Muscat', workingLanguages: ['en'] };
    const wrong = readStep('edition', form({ ...base, startDate: '2027-11-10', endDate: '2027-11-09', timeZone: 'Asia/Nowhere' }), {}, messages);
    expect(wrong.problems.map((problem) => [problem.field, problem.code])).toEqual([
      ['endDate', 'DATES_OUT_OF_ORDER'],
      ['timeZone', 'UNKNOWN_TIME_ZONE'],
    ]);
    const right = readStep('edition', form({ ...base, startDate: '2027-11-09', endDate: '2027-11-10', timeZone: 'Asia/Muscat' }), {}, messages);
    expect(right.problems).toEqual([]);
  });

  it('names the colour that fails contrast, and passes the same theme once it is fixed', () => {
    const colors = { ...themeChoiceOf('default').colors, muted: '#C0C0C0' };
    const entries = { preset: 'custom', base: 'default', headingFont: 'system-sans', bodyFont: 'system-sans', motif: 'grid-dot', ...Object.fromEntries(Object.entries(colors).map(([role, value]) => [colorField(role as 'muted'), value])) };
    const failing = readStep('theme', form(entries), {}, messages);
    expect(failing.problems.length).toBeGreaterThan(0);
    expect(new Set(fields(failing.problems))).toEqual(new Set([colorField('muted')]));
    expect(failing.problems[0]?.code).toBe('LOW_CONTRAST');
    const fixed = readStep('theme', form({ ...entries, [colorField('muted')]: '#4A5561' }), {}, messages);
    expect(fixed.problems).toEqual([]);
    expect(storedThemeOf(fixed.draft.theme!, 'china-gulf', 'China–Gulf').colors.muted).toBe('#4A5561');
  });

  it('keeps a preset as it is, under the series key', () => {
    const preset = readStep('theme', form({ preset: 'south-caucasus' }), {}, messages);
    expect(preset.problems).toEqual([]);
    const theme = storedThemeOf(preset.draft.theme!, 'china-gulf', 'China–Gulf');
    expect(theme).toMatchObject({ key: 'china-gulf', colors: { primary: '#6E1A37' } });
  });

  it('wants a track from the taxonomy or a named custom one', () => {
    expect(fields(readStep('tracks', form({}), {}, messages).problems)).toEqual(['taxonomy']);
    const custom = readStep('tracks', form({ track0_en: 'Desert agriculture' }), {}, messages);
    expect(custom.draft.tracks?.custom).toEqual([{ slug: 'desert-agriculture', name: { en: 'Desert agriculture' } }]);
  });
});

describe(missingSteps.name, () => {
  it('lists the steps not yet saved, in order, and walks the steps both ways', () => {
    expect(missingSteps({})).toEqual(['series', 'region', 'languages', 'theme', 'tracks', 'edition']);
    expect(nextStep('theme')).toBe('tracks');
    expect(previousStep('series')).toBeNull();
    expect(nextStep('review')).toBe('review');
  });
});
