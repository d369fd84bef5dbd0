// Edition and series mutations through the API on real PostgreSQL: unique numbers, the
// lifecycle's refusals naming the allowed moves, dates that must keep the programme inside,
// publishing, and the audit rows they leave.
import { startTestApi, type TestApi } from '../../testing/test-api.js';
import { EditionsMutations } from './editions.mutations.js';

const CREATE = `mutation($series: String!, $input: CreateEditionInput!) { createEdition(series: $series, input: $input) { id number status timeZone } }`;
const TRANSITION = `mutation($series: String!, $number: Int!, $to: EditionStatus!) { transitionEdition(series: $series, number: $number, to: $to) { status } }`;

interface Problem {
  field: string;
  reason: string;
}

const en = (text: string) => [{ language: 'en', text }];
const editionInput = (number: number) => ({
  number,
  theme: en('Trade corridors'),
  timeZone: 'Asia/Baku',
  hostCity: en('Baku'),
  hostCountryCode: 'AZ',
  workingLanguages: ['en', 'az'],
});

describe(EditionsMutations.name, () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('creates an unpublished, proposed edition and refuses its number a second time', async () => {
    const first = await api.as('caucasusOrganizer').gql<{ createEdition: { number: number; status: string; timeZone: string } }>(CREATE, { series: 'china-caucasus', input: editionInput(2) });
    expect(first.errors).toBeUndefined();
    expect(first.data?.createEdition).toMatchObject({ number: 2, status: 'PROPOSED', timeZone: 'Asia/Baku' });
    const stored = await api.prisma.edition.findFirstOrThrow({ where: { number: 2, series: { slug: 'china-caucasus' } } });
    expect(stored.published).toBe(false);
    const audit = await api.prisma.auditEntry.findFirstOrThrow({ where: { entityId: stored.id } });
    expect(audit).toMatchObject({ action: 'create', entityType: 'Edition', editionId: stored.id, seriesId: stored.seriesId });

    const editions = await api.prisma.edition.count();
    const again = await api.as('caucasusOrganizer').gql<null>(CREATE, { series: 'china-caucasus', input: editionInput(2) });
    expect(again.errors?.[0]?.extensions?.['code']).toBe('ALREADY_TAKEN');
    expect(again.errors?.[0]?.extensions?.['problems']).toEqual([
      { field: 'number', reason: 'is already taken by another edition of this series; choose another number' },
    ]);
    expect(await api.prisma.edition.count()).toBe(editions);
  });

  it('names the fields of an invalid edition: one date without the other, an unknown time zone', async () => {
    const res = await api.as('caucasusOrganizer').gql<null>(CREATE, {
      series: 'china-caucasus',
      input: { ...editionInput(3), startDate: '2025-05-01', timeZone: 'Caucasus/Nowhere' },
    });
    const fields = (res.errors?.[0]?.extensions?.['problems'] as Problem[]).map((p) => p.field).sort();
    expect(fields).toEqual(['endDate', 'timeZone']);
  });

  it('moves along the lifecycle and refuses a skipped step, naming both states and the allowed ones', async () => {
    await api.as('caucasusOrganizer').gql(CREATE, { series: 'china-caucasus', input: editionInput(4) });
    const skipped = await api.as('caucasusOrganizer').gql<null>(TRANSITION, { series: 'china-caucasus', number: 4, to: 'LIVE' });
    expect(skipped.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(skipped.errors?.[0]?.extensions?.['problems']).toEqual([
      { field: 'to', reason: 'An edition cannot move from PROPOSED to LIVE; allowed next states: PLANNED' },
    ]);
    const planned = await api.as('caucasusOrganizer').gql<{ transitionEdition: { status: string } }>(TRANSITION, { series: 'china-caucasus', number: 4, to: 'PLANNED' });
    expect(planned.data?.transitionEdition.status).toBe('PLANNED');
    const audit = await api.prisma.auditEntry.findMany({ where: { entityType: 'Edition', action: 'update' }, orderBy: { at: 'desc' }, take: 1 });
    expect(audit[0]).toMatchObject({ before: { status: 'PROPOSED' }, after: { status: 'PLANNED' } });

    const concluded = await api.as('ccaOrganizer').gql<null>(TRANSITION, { series: 'china-central-asia', number: 11, to: 'LIVE' });
    expect(concluded.errors?.[0]?.extensions?.['problems']).toEqual([{ field: 'to', reason: 'An edition cannot move from CONCLUDED to LIVE; CONCLUDED is final' }]);
  });

  it('refuses new dates that would leave planned sessions outside, and accepts dates that keep them', async () => {
    const update = (input: Record<string, unknown>) =>
      api.as('ccaOrganizer').gql<{ updateEdition: { id: string; startDate: string; endDate: string } }>(`mutation($input: UpdateEditionInput!) { updateEdition(series: "china-central-asia", number: 11, input: $input) { id startDate endDate } }`,
        { input },
      );
    const shrunk = await update({ startDate: '2024-10-26', endDate: '2024-10-27' });
    expect(shrunk.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(shrunk.errors?.[0]?.message).toContain('Arrival and registration [arrival-registration]');
    const stored = await api.prisma.edition.findFirstOrThrow({ where: { number: 11, series: { slug: 'china-central-asia' } } });
    expect(stored.endDate?.toISOString().slice(0, 10)).toBe('2024-10-28');
    const grown = await update({ endDate: '2024-10-29', attendance: 310 });
    expect(grown.errors).toBeUndefined();
    expect(grown.data?.updateEdition).toMatchObject({ startDate: '2024-10-25', endDate: '2024-10-29' });
  });

  it('publishes an edition so that visitors see it, and unpublishes it again', async () => {
    await api.as('caucasusOrganizer').gql(CREATE, { series: 'china-caucasus', input: { ...editionInput(5), startDate: '2025-10-01', endDate: '2025-10-02' } });
    const visitor = () => api.as(null).gql<{ edition: { number: number } | null }>(`{ edition(series: "china-caucasus", number: 5) { number } }`);
    expect((await visitor()).data?.edition ?? null).toBeNull();
    const published = await api.as('caucasusOrganizer').gql<{ publishEdition: { number: number } }>(`mutation { publishEdition(series: "china-caucasus", number: 5) { number } }`);
    expect(published.errors).toBeUndefined();
    expect((await visitor()).data?.edition).toEqual({ number: 5 });
    await api.as('caucasusOrganizer').gql(`mutation { unpublishEdition(series: "china-caucasus", number: 5) { number } }`);
    expect((await visitor()).data?.edition ?? null).toBeNull();
  });

  it('creates a series as a platform admin, unpublished, with the audit row in the new series', async () => {
    const res = await api.as('platformAdmin').gql<{ createSeries: { id: string; slug: string; name: { text: string } } }>(`mutation($input: CreateSeriesInput!) { createSeries(input: $input) { id slug name { text } } }`,
      {
        input: {
          slug: 'china-south-asia',
          name: en('China–South Asia Forum'),
          shortName: en('China–South Asia'),
          description: en('A test series.'),
          regionCode: 'central-asia',
          partnerCountryCode: 'KZ',
          theme: { preset: 'central-asia' },
          focusTrackSlugs: ['trade-investment'],
        },
      },
    );
    // KZ is a member of Central Asia, so it cannot be the partner from outside.
    expect(res.errors?.[0]?.extensions?.['problems']).toEqual([
      { field: 'partnerCountryCode', reason: 'partnerCountryCode KZ is a member of region central-asia; a partner comes from outside it' },
    ]);
    const fixed = await api.as('platformAdmin').gql<{ createSeries: { id: string; slug: string; name: { text: string } } }>(`mutation($input: CreateSeriesInput!) { createSeries(input: $input) { id slug name { text } } }`,
      {
        input: {
          slug: 'china-central-asia-2',
          name: en('Second forum'),
          shortName: en('Second'),
          description: en('A test series.'),
          regionCode: 'central-asia',
          partnerCountryCode: 'CN',
          theme: { preset: 'central-asia' },
          focusTrackSlugs: ['trade-investment'],
        },
      },
    );
    expect(fixed.errors).toBeUndefined();
    const id = fixed.data?.createSeries.id;
    expect(fixed.data?.createSeries).toMatchObject({ slug: 'china-central-asia-2', name: { text: 'Second forum' } });
    expect((await api.prisma.series.findUniqueOrThrow({ where: { id } })).published).toBe(false);
    expect(await api.prisma.auditEntry.findFirstOrThrow({ where: { entityId: id } })).toMatchObject({ seriesId: id, action: 'create', entityType: 'Series' });
  });
});
