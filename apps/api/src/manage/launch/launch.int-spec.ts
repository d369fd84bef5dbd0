// Launching a forum through the api on real PostgreSQL: a new series with a new region (and a
// country the seed does not hold), a custom theme, its first edition and tracks, in one
// transaction with one audit row; each kind of bad input named beside its field with nothing
// written; the stored theme served to the portal; validateTheme, drafts and cloneEdition.
import { themes, themeToCssVariables, THEME_PRESETS, type StoredTheme } from '@caravan/themes';
import { startTestApi, type TestApi } from '../../testing/test-api.js';
import { LaunchMutations } from './launch.mutations.js';

const LAUNCH = `mutation($input: LaunchForumInput!) { launchForum(input: $input) { seriesSlug editionNumber portalUrl addedCountryCodes } }`;

interface Problem {
  field: string;
  reason: string;
}

const en = (text: string) => [{ language: 'en', text }];

const customTheme = (): StoredTheme => ({
  ...structuredClone(THEME_PRESETS.default),
  key: 'steppe-and-sea',
  name: 'Steppe and sea',
  colors: { ...THEME_PRESETS.default.colors, primary: '#0B5563' },
});

function launchInput(slug: string) {
  return {
    series: { slug, name: en('China–Mongolia Forum (test)'), shortName: en('China–Mongolia'), description: en('A hypothetical series for the launch tests.'), published: true },
    region: { code: `${slug}-region`, name: en('Mongolian plateau'), countries: ['MN'] },
    partnerCountryCode: 'CN',
    workingLanguages: ['en', 'zh-Hans', 'mn'],
    portalLanguages: ['en', 'zh-Hans', 'ru'],
    theme: { custom: customTheme() },
    focusTracks: [{ slug: 'trade-investment' }, { slug: 'grassland-ecology', name: en('Grassland ecology') }],
    edition: {
      number: 1,
      theme: en('Across the plateau'),
      startDate: '2027-07-06',
      endDate: '2027-07-08',
      timeZone: 'Asia/Ulaanbaatar',
      hostCity: en('Ulaanbaatar'),
      hostCountryCode: 'MN',
      workingLanguages: ['en', 'mn'],
    },
  };
}

type LaunchInput = ReturnType<typeof launchInput>;

describe(LaunchMutations.name, () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  const counts = async () => ({
    series: await api.prisma.series.count(),
    editions: await api.prisma.edition.count(),
    regions: await api.prisma.region.count(),
    countries: await api.prisma.country.count(),
    tracks: await api.prisma.track.count(),
    audit: await api.prisma.auditEntry.count(),
  });

  it('launches a series with a new region, a country from CLDR, a custom theme, its first edition and tracks: one transaction, one audit row', async () => {
    expect(await api.prisma.country.findUnique({ where: { code: 'MN' } })).toBeNull();
    const before = await counts();
    const res = await api.as('platformAdmin').gql<{ launchForum: { seriesSlug: string; editionNumber: number; portalUrl: string; addedCountryCodes: string[] } }>(LAUNCH, { input: launchInput('china-mongolia-test') });
    expect(res.errors).toBeUndefined();
    expect(res.data?.launchForum).toEqual({ seriesSlug: 'china-mongolia-test', editionNumber: 1, portalUrl: 'http://localhost:3000/china-mongolia-test/1', addedCountryCodes: ['MN'] });

    const series = await api.prisma.series.findUniqueOrThrow({ where: { slug: 'china-mongolia-test' }, include: { countries: true, editions: { include: { tracks: true } } } });
    expect(series.theme).toEqual(customTheme());
    expect(series).toMatchObject({ regionCode: 'china-mongolia-test-region', partnerCountryCode: 'CN', focusTrackSlugs: ['trade-investment'], portalLanguages: ['en', 'zh-Hans', 'ru'] });
    expect(series.customFocusTracks).toEqual([{ slug: 'grassland-ecology', name: { en: 'Grassland ecology' } }]);
    expect(series.countries.map((c) => `${c.countryCode}:${c.role}`).sort()).toEqual(['CN:partner', 'MN:member']);
    expect(series.editions).toHaveLength(1);
    expect(series.editions[0]?.tracks.map((t) => [t.slug, t.taxonomySlug])).toEqual([['trade-investment', 'trade-investment'], ['grassland-ecology', null]]);
    const mongolia = await api.prisma.country.findUniqueOrThrow({ where: { code: 'MN' } });
    expect(mongolia).toMatchObject({ timeZone: 'Asia/Ulaanbaatar', regionCode: 'china-mongolia-test-region' });
    expect((mongolia.name as Record<string, string>)['ru']).toBe('Монголия');
    expect(await api.prisma.regionCountry.findMany({ where: { regionCode: 'china-mongolia-test-region' } })).toEqual([{ regionCode: 'china-mongolia-test-region', countryCode: 'MN' }]);

    const after = await counts();
    expect(after).toEqual({ ...before, series: before.series + 1, editions: before.editions + 1, regions: before.regions + 1, countries: before.countries + 1, tracks: before.tracks + 2, audit: before.audit + 1 });
    const audit = await api.prisma.auditEntry.findFirstOrThrow({ where: { entityId: series.id } });
    expect(audit).toMatchObject({ action: 'create', entityType: 'SeriesLaunch', seriesId: series.id });

    // The portal reads the stored theme through the api, as CSS variables.
    const page = await api.as('anonymous').gql<{ series: { themeKey: string; theme: { key: string; cssVariables: string } } }>(`{ series(slug: "china-mongolia-test") { themeKey theme { key cssVariables } } }`);
    expect(page.errors).toBeUndefined();
    expect(page.data?.series).toEqual({ themeKey: 'steppe-and-sea', theme: { key: 'steppe-and-sea', cssVariables: themeToCssVariables(customTheme()) } });
    expect(page.data?.series.theme.cssVariables).toContain('--caravan-color-primary: #0B5563;');
  });

  it('serves the seeded series in the themes they had, and keeps China–Caucasus proposed with no edition', async () => {
    const res = await api.as('anonymous').gql<{ cca: { theme: { key: string; cssVariables: string } }; cc: { status: string; theme: { key: string; cssVariables: string }; editions: unknown[] } }>(
      `{ cca: series(slug: "china-central-asia") { theme { key cssVariables } } cc: series(slug: "china-caucasus") { status theme { key cssVariables } editions { number } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.cca.theme).toEqual({ key: 'central-asia', cssVariables: themeToCssVariables(themes['central-asia']) });
    expect(res.data?.cc).toEqual({ status: 'PROPOSED', theme: { key: 'south-caucasus', cssVariables: themeToCssVariables(themes['south-caucasus']) }, editions: [] });
  });

  const refusals: [string, (input: LaunchInput) => LaunchInput, string, string, RegExp][] = [
    ['a malformed slug', (i) => ({ ...i, series: { ...i.series, slug: 'China Mongolia' } }), 'BAD_USER_INPUT', 'series.slug', /is not a kebab-case slug/],
    ['a slug taken', (i) => ({ ...i, series: { ...i.series, slug: 'china-caucasus' } }), 'ALREADY_TAKEN', 'series.slug', /already taken by another series/],
    [
      'a theme failing contrast',
      (i) => ({ ...i, theme: { custom: { ...customTheme(), colors: { ...customTheme().colors, muted: '#C8C8C8' } } } }),
      'BAD_USER_INPUT',
      'theme.custom.colors.muted',
      /muted on surface .*WCAG AA needs 4.5:1/,
    ],
    ['dates out of order', (i) => ({ ...i, edition: { ...i.edition, endDate: '2027-07-01' } }), 'BAD_USER_INPUT', 'edition.endDate', /endDate 2027-07-01 is before startDate 2027-07-06/],
    ['an unknown time zone', (i) => ({ ...i, edition: { ...i.edition, timeZone: 'Asia/Karakorum' } }), 'BAD_USER_INPUT', 'edition.timeZone', /"Asia\/Karakorum" is not an IANA time zone/],
    [
      'an SVG with a script',
      (i) => ({
        ...i,
        theme: { custom: { ...customTheme(), ornament: { kind: 'svg', svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>alert(1)</script><rect width="10" height="10"/></svg>', alt: { en: 'Tile' } } } },
      }),
      'BAD_USER_INPUT',
      'theme.custom.ornament.svg',
      /script/i,
    ],
    ['a region code taken', (i) => ({ ...i, region: { ...i.region, code: 'central-asia' } }), 'ALREADY_TAKEN', 'region.code', /already taken by another region/],
    // Found only after the region, its countries and the series are written: all of it goes back.
    ['an unknown host subdivision', (i) => ({ ...i, edition: { ...i.edition, hostSubdivisionId: 'MN-999' } }), 'BAD_USER_INPUT', 'edition.hostSubdivisionId', /"MN-999" is not in the catalogue/],
  ];

  it.each(refusals)('refuses %s beside its field and writes nothing', async (_what, change, code, field, reason) => {
    const slug = `refused-${Math.random().toString(36).slice(2, 8)}`;
    const before = await counts();
    const res = await api.as('platformAdmin').gql<null>(LAUNCH, { input: change(launchInput(slug)) });
    expect(res.errors?.[0]?.extensions?.['code']).toBe(code);
    const problems = res.errors?.[0]?.extensions?.['problems'] as Problem[];
    expect(problems.find((p) => p.field === field)?.reason).toMatch(reason);
    expect(await counts()).toEqual(before);
  });

  it('checks a theme with validateTheme: the failing pair, or the CSS variables of a live preview', async () => {
    const QUERY = `query($theme: JSONObject!) { validateTheme(theme: $theme) { ok cssVariables problems { code path foreground background message } } }`;
    const bad = await api.as('anonymous').gql<{ validateTheme: { ok: boolean; cssVariables: string | null; problems: { code: string; path: string; foreground: string | null; background: string | null }[] } }>(QUERY, {
      theme: { ...customTheme(), colors: { ...customTheme().colors, muted: '#C8C8C8' } },
    });
    expect(bad.errors).toBeUndefined();
    expect(bad.data?.validateTheme).toMatchObject({ ok: false, cssVariables: null });
    expect(bad.data?.validateTheme.problems).toContainEqual(expect.objectContaining({ code: 'LOW_CONTRAST', path: 'colors.muted', foreground: 'muted', background: 'surface' }));
    const good = await api.as('anonymous').gql<{ validateTheme: { ok: boolean; cssVariables: string | null } }>(QUERY, { theme: customTheme() });
    expect(good.data?.validateTheme).toEqual({ ok: true, cssVariables: themeToCssVariables(customTheme()), problems: [] });
  });

  it("keeps a user's drafts to that user: save, save over, list, delete", async () => {
    const SAVE = `mutation($id: ID, $step: Int!, $data: JSONObject!) { saveLaunchDraft(id: $id, step: $step, data: $data) { id step data } }`;
    const admin = api.as('platformAdmin');
    const first = await admin.gql<{ saveLaunchDraft: { id: string; step: number } }>(SAVE, { step: 1, data: { series: { slug: 'china-mongolia' } } });
    expect(first.errors).toBeUndefined();
    const id = first.data?.saveLaunchDraft.id;
    const second = await admin.gql<{ saveLaunchDraft: { id: string; step: number; data: unknown } }>(SAVE, { id, step: 3, data: { series: { slug: 'china-mongolia' }, region: { code: 'mongolian-plateau' } } });
    expect(second.data?.saveLaunchDraft).toEqual({ id, step: 3, data: { series: { slug: 'china-mongolia' }, region: { code: 'mongolian-plateau' } } });

    // Someone else's draft is not found, neither to save over nor to delete.
    const other = await api.prisma.user.findFirstOrThrow({ where: { isPlatformAdmin: false } });
    const theirs = await api.prisma.launchDraft.create({ data: { userId: other.id, step: 1, data: {} } });
    expect((await admin.gql<null>(SAVE, { id: theirs.id, step: 2, data: {} })).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect((await admin.gql<null>(`mutation($id: ID!) { deleteLaunchDraft(id: $id) }`, { id: theirs.id })).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');

    const list = await admin.gql<{ launchDrafts: { id: string }[] }>(`{ launchDrafts { id } }`);
    expect(list.data?.launchDrafts.map((d) => d.id)).toEqual([id]);
    expect((await api.as('caucasusOrganizer').gql<null>(`{ launchDrafts { id } }`)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const deleted = await admin.gql<{ deleteLaunchDraft: boolean }>(`mutation($id: ID!) { deleteLaunchDraft(id: $id) }`, { id });
    expect(deleted.data?.deleteLaunchDraft).toBe(true);
    expect(await api.prisma.launchDraft.count({ where: { id } })).toBe(0);
    expect(await api.prisma.launchDraft.count({ where: { id: theirs.id } })).toBe(1);
  });

  it('clones an edition: tracks, venues, rooms and the session skeleton, shifted to the new dates at the same local times', async () => {
    const CLONE = `mutation($input: CloneEditionInput!) { cloneEdition(series: "china-central-asia", fromNumber: 11, input: $input) { seriesSlug number tracks venues rooms sessions registrationSetup accreditationCategories } }`;
    const source = await api.prisma.edition.findFirstOrThrow({
      where: { number: 11, series: { slug: 'china-central-asia' } },
      include: { tracks: true, venues: { include: { rooms: true } }, sessions: { orderBy: { startsAt: 'asc' } } },
    });
    expect(source.sessions.length).toBeGreaterThan(0);
    const days = 365 + 2; // 2024-10-26 -> 2025-10-28
    const res = await api.as('ccaOrganizer').gql<{ cloneEdition: Record<string, unknown> }>(CLONE, { input: { number: 40, startDate: '2025-10-28', withSessions: true } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.cloneEdition).toMatchObject({
      seriesSlug: 'china-central-asia',
      number: 40,
      tracks: source.tracks.length,
      venues: source.venues.length,
      rooms: source.venues.flatMap((v) => v.rooms).length,
      sessions: source.sessions.length,
    });
    const copy = await api.prisma.edition.findFirstOrThrow({ where: { number: 40, seriesId: source.seriesId }, include: { sessions: { orderBy: { startsAt: 'asc' } } } });
    expect(copy).toMatchObject({ published: false, status: 'PLANNED', timeZone: source.timeZone });
    expect(copy.startDate?.toISOString().slice(0, 10)).toBe('2025-10-28');
    expect(copy.endDate?.getTime()).toBe((source.endDate?.getTime() ?? 0) + days * 86_400_000);
    // Asia/Shanghai keeps no daylight saving time: the same local time is whole days later.
    expect(copy.sessions.map((s) => s.startsAt.getTime())).toEqual(source.sessions.map((s) => s.startsAt.getTime() + days * 86_400_000));
    expect(copy.sessions.every((s) => !s.published)).toBe(true);

    const before = await counts();
    const again = await api.as('ccaOrganizer').gql<null>(CLONE, { input: { number: 40, startDate: '2026-10-28' } });
    expect(again.errors?.[0]?.extensions?.['problems']).toEqual([{ field: 'number', reason: 'is already taken by another edition of this series; choose another number' }]);
    expect(await counts()).toEqual(before);
  });
});
