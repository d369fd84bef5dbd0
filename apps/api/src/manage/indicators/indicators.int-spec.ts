// Indicators through the api: created with values, each period once, decimals kept exactly,
// edited only by the owning series.
import { createMatrixContext } from '../testing/authorization-matrix.js';
import { registryFixtures } from '../testing/cases-registry.js';
import { englishText as text } from '../../testing/graphql-inputs.js';
import { madeOnFirstUse, useTestApi } from '../../testing/suite-api.js';
import { IndicatorsWriter } from './indicators.writer.js';

const ADD_VALUE = `mutation($slug: String!, $value: IndicatorValueInput!) { addIndicatorValue(slug: $slug, value: $value) { slug } }`;

describe(IndicatorsWriter.name, () => {
  const api = useTestApi();
  const ctx = madeOnFirstUse('the matrix context', () => createMatrixContext(api.prisma));

  it('creates an indicator with its values, exact to the cent, and shows it in the public list', async () => {
    const res = await api.as('caucasusOrganizer').gql<{ createIndicator: { slug: string; unit: string } }>(`mutation($input: CreateIndicatorInput!) { createIndicator(series: "china-caucasus", input: $input) { slug unit } }`,
      {
        input: {
          slug: 'trade-cn-ge-test',
          name: text('Trade turnover China–Georgia'),
          unit: 'USD',
          countryCodes: ['CN', 'GE'],
          values: [
            { period: '2022', periodStart: '2022-01-01', periodEnd: '2022-12-31', value: '1234567890123456.78' },
            { period: '2023', periodStart: '2023-01-01', periodEnd: '2023-12-31', value: '1940000000', qualifier: 'over' },
          ],
        },
      },
    );
    expect(res.data?.createIndicator).toEqual({ slug: 'trade-cn-ge-test', unit: 'USD' });
    const values = await api.prisma.indicatorValue.findMany({ where: { indicator: { slug: 'trade-cn-ge-test' } }, orderBy: { period: 'asc' } });
    expect(values.map((v) => [v.period, v.value.toFixed(2), v.qualifier])).toEqual([
      ['2022', '1234567890123456.78', null],
      ['2023', '1940000000.00', 'over'],
    ]);
    const indicator = await api.prisma.indicator.findUniqueOrThrow({ where: { slug: 'trade-cn-ge-test' }, include: { series: true } });
    expect(indicator.series?.slug).toBe('china-caucasus');
  });

  it('adds the value of a new period and refuses one already given', async () => {
    const ok = await api.as('caucasusOrganizer').gql(ADD_VALUE, {
      slug: 'trade-cn-ge-test',
      value: { period: '2024-01/2024-09', periodStart: '2024-01-01', periodEnd: '2024-09-30', value: '1500000000.00', note: text('Nine months') },
    });
    expect(ok.errors).toBeUndefined();
    const before = await api.prisma.indicatorValue.count();
    const again = await api.as('caucasusOrganizer').gql(ADD_VALUE, {
      slug: 'trade-cn-ge-test',
      value: { period: '2023', periodStart: '2023-01-01', periodEnd: '2023-12-31', value: '1.00' },
    });
    expect(again.errors?.[0]?.extensions).toEqual({ code: 'ALREADY_TAKEN', problems: [{ field: 'value.period', reason: 'is already taken by another indicator value of this indicator; choose another period' }] });
    expect(await api.prisma.indicatorValue.count()).toBe(before);
  });

  it('refuses malformed values and repeated periods in one create, writing nothing', async () => {
    const before = await api.prisma.indicator.count();
    const res = await api.as('caucasusOrganizer').gql(`mutation($input: CreateIndicatorInput!) { createIndicator(series: "china-caucasus", input: $input) { slug } }`, {
      input: {
        slug: 'bad-indicator',
        name: text('Bad'),
        unit: 'USD',
        countryCodes: ['GE'],
        values: [
          { period: '2023', periodStart: '2023-01-01', periodEnd: '2023-12-31', value: '12,5' },
          { period: '2023', periodStart: '2023-01-01', periodEnd: '2023-12-31', value: '1' },
        ],
      },
    });
    expect(res.errors?.[0]?.message).toContain('values.0.value "12,5" is not a decimal number');
    expect(res.errors?.[0]?.message).toContain('values.1.period gives period 2023 twice');
    expect(await api.prisma.indicator.count()).toBe(before);
  });

  it('updates only in the owning series, and clears the source on null', async () => {
    const indicator = await registryFixtures.indicator(ctx, 'china-central-asia');
    const update = `mutation($slug: String!, $input: UpdateIndicatorInput!) { updateIndicator(slug: $slug, input: $input) { slug } }`;
    expect((await api.as('caucasusOrganizer').gql(update, { slug: indicator.slug, input: { unit: 'CNY' } })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await api.as('ccaOrganizer').gql(update, { slug: indicator.slug, input: { source: text('Customs') } })).errors).toBeUndefined();
    expect((await api.prisma.indicator.findUniqueOrThrow({ where: { id: indicator.id } })).source).toEqual({ en: 'Customs' });
    expect((await api.as('ccaOrganizer').gql(update, { slug: indicator.slug, input: { source: null, countryCodes: ['CN', 'KZ'] } })).errors).toBeUndefined();
    const row = await api.prisma.indicator.findUniqueOrThrow({ where: { id: indicator.id } });
    expect([row.source, row.countryCodes, row.unit]).toEqual([null, ['CN', 'KZ'], 'USD']);
  });
});
