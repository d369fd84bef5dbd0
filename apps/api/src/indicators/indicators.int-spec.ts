import { useTestApi } from '../testing/suite-api.js';
import { IndicatorsResolver } from './indicators.resolver.js';

interface IndicatorNode {
  slug: string;
  unit: string;
  name: { text: string; language: string; fallback: boolean };
  countries: { code: string }[];
  values: { period: string; periodStart: string; periodEnd: string; value: string; qualifier: string | null }[];
}

describe(IndicatorsResolver.name, () => {
  const api = useTestApi({ env: { REDIS_URL: 'off' } });

  const FIELDS = 'slug unit name { text language fallback } countries { code } values { period periodStart periodEnd value qualifier }';

  it('lists the four indicators of the series with their values as decimal strings', async () => {
    const res = await api.gql<{ indicators: IndicatorNode[] }>(`{ indicators(series: "china-central-asia", lang: "kk") { ${FIELDS} } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.indicators.map((i) => i.slug)).toEqual([
      'cn-central-asia-trade-turnover',
      'cn-investment-tajikistan-direct',
      'cn-investment-tajikistan-total',
      'cn-kazakhstan-trade-turnover',
    ]);
    const trade = res.data?.indicators[0];
    expect(trade?.unit).toBe('USD');
    expect(trade?.name).toEqual({ text: 'China–Central Asia trade turnover', language: 'en', fallback: true });
    expect(trade?.values).toEqual([
      { period: '2023', periodStart: '2023-01-01', periodEnd: '2023-12-31', value: '89000000000.00', qualifier: 'over' },
      { period: '2024-01/2024-09', periodStart: '2024-01-01', periodEnd: '2024-09-30', value: '69000000000.00', qualifier: null },
    ]);
    expect(res.data?.indicators[3]?.name).toEqual({ text: 'Қытай мен Қазақстан арасындағы тауар айналымы', language: 'kk', fallback: false });
  });

  it('filters by country and reaches indicators from an edition', async () => {
    const res = await api.gql<{ indicators: { slug: string }[]; edition: { indicators: { slug: string; countries: { code: string }[] }[] } }>(`{ indicators(country: "tj") { slug } edition(series: "china-central-asia", number: 11) { indicators { slug countries { code } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.indicators.map((i) => i.slug)).toEqual(['cn-central-asia-trade-turnover', 'cn-investment-tajikistan-direct', 'cn-investment-tajikistan-total']);
    expect(res.data?.edition.indicators).toHaveLength(4);
    expect(res.data?.edition.indicators[3]?.countries).toEqual([{ code: 'CN' }, { code: 'KZ' }]);
  });

  it('hides indicators of an unpublished series', async () => {
    await api.prisma.series.update({ where: { slug: 'china-central-asia' }, data: { published: false } });
    try {
      const res = await api.gql<{ bySeries: unknown[]; all: unknown[] }>(`{ bySeries: indicators(series: "china-central-asia") { slug } all: indicators { slug } }`);
      expect(res.data).toEqual({ bySeries: [], all: [] });
    } finally {
      await api.prisma.series.update({ where: { slug: 'china-central-asia' }, data: { published: true } });
    }
  });
});
