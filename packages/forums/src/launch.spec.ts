import { THEME_PRESETS } from '@caravan/themes/presets';
import { splitFocusTracks, ZLaunchForumInput } from './launch.js';
import { storedThemeOf } from './theme-choice.js';

const launch = {
  series: { slug: 'china-mongolia', name: { en: 'China–Mongolia Forum' }, shortName: { en: 'China–Mongolia' }, description: { en: 'A hypothetical series.' } },
  region: { code: 'mongolian-plateau', name: { en: 'Mongolian Plateau' }, countries: ['MN'] },
  partnerCountryCode: 'CN',
  workingLanguages: ['en', 'mn'],
  portalLanguages: ['en', 'ru'],
  theme: { preset: 'default' },
  focusTracks: [{ slug: 'trade-investment' }, { slug: 'grassland-ecology', name: { en: 'Grassland ecology' } }],
  edition: { number: 1, theme: { en: 'First' }, startDate: '2027-08-24', endDate: '2027-08-26', timeZone: 'Asia/Ulaanbaatar', hostCity: { en: 'Ulaanbaatar' }, hostCountryCode: 'MN', workingLanguages: ['en'] },
};

const issuesOf = (value: unknown) => ZLaunchForumInput.safeParse(value).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('ZLaunchForumInput', () => {
  it('accepts a launch with a new region, a country outside the catalogue and a custom track', () => {
    expect(issuesOf(launch)).toEqual([]);
  });

  it('names each field: a region without a name, a partner inside the region, a custom track without a name, both theme choices, dates out of order', () => {
    const bad = {
      ...launch,
      region: { code: 'mongolian-plateau', countries: ['MN', 'CN'] },
      focusTracks: [{ slug: 'grassland-ecology' }],
      theme: { preset: 'default', custom: THEME_PRESETS.default },
      edition: { ...launch.edition, endDate: '2027-08-20' },
    };
    expect(issuesOf(bad)).toEqual([
      ['region.name', 'a new region needs a name; leave out countries to use a stored region'],
      ['theme', 'give either preset (a built-in theme) or custom (a theme of your own), not both'],
      ['focusTracks.0.name', '"grassland-ecology" is not in the track taxonomy; a custom track needs a name'],
      ['edition.endDate', 'endDate 2027-08-20 is before startDate 2027-08-24'],
      ['partnerCountryCode', 'CN is a member of region mongolian-plateau; a partner comes from outside it'],
    ]);
  });

  it('keeps taxonomy and custom tracks apart, and copies a preset rather than sharing it', () => {
    expect(splitFocusTracks(ZLaunchForumInput.parse(launch).focusTracks)).toEqual({
      taxonomySlugs: ['trade-investment'],
      custom: [{ slug: 'grassland-ecology', name: { en: 'Grassland ecology' } }],
    });
    const copy = storedThemeOf({ preset: 'default' });
    expect(copy).toEqual(THEME_PRESETS.default);
    expect(copy).not.toBe(THEME_PRESETS.default);
  });
});
