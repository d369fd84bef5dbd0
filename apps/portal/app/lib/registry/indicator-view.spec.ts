import { registryTranslator } from '../../i18n/registry/registry-i18n.js';
import { indicatorFigures, splitAround } from './indicator-view.js';

const text = (value: string, language = 'en') => ({ text: value, language, fallback: language !== 'en' });

describe('indicator figures', () => {
  const indicator = {
    slug: 'trade',
    unit: 'USD',
    name: text('China–Central Asia trade turnover'),
    description: null,
    source: text('Press reporting'),
    countries: [],
    values: [
      { period: '2023', periodStart: '2023-01-01', periodEnd: '2023-12-31', qualifier: 'over', value: '89000000000.00', note: text('Up 27 % on 2022') },
      { period: '2024-01/2024-09', periodStart: '2024-01-01', periodEnd: '2024-09-30', qualifier: null, value: '69000000000.00', note: null },
    ],
  };

  it('writes every figure with its qualifier and period, and the years of the source', () => {
    const figures = indicatorFigures(indicator, 'en', registryTranslator('en'));
    expect(figures.rows.map((row) => [row.period, row.value])).toEqual([
      ['2023', 'more than US$89bn'],
      ['January – September 2024', 'US$69bn'],
    ]);
    expect(figures.bars.map((bar) => bar.value)).toEqual([89e9, 69e9]);
    expect(figures.chartDescription).toBe('Bar chart, 2 figures: 2023: more than US$89bn; January – September 2024: US$69bn.');
    expect(figures.years).toBe('2023, 2024');
    expect(figures.tableCaption).toEqual({ before: '', after: ': the figures' });
  });

  it('keeps the name out of the caption text in every language', () => {
    expect(indicatorFigures(indicator, 'hy', registryTranslator('hy')).tableCaption).toEqual({ before: '', after: '՝ թվերը' });
    expect(splitAround('a X b', 'X')).toEqual({ before: 'a ', after: ' b' });
    expect(splitAround('no mark', 'X')).toEqual({ before: 'no mark', after: '' });
  });
});
