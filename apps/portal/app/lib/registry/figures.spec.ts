import { formatIndicatorValue, formatMoney, formatMoneyList, formatPeriod, periodYear } from './figures.js';

describe('registry figures', () => {
  it('formats a disclosed value in whole units of its currency', () => {
    expect(formatMoney({ amount: '11200000000.00', currency: 'CNY' }, 'en')).toBe('CN¥11,200,000,000');
    expect(formatMoney({ amount: '1570000000.00', currency: 'USD' }, 'ru')).toMatch(/^1\s570\s000\s000\s\$$/);
    expect(formatMoneyList([{ amount: '1000.00', currency: 'CNY' }, { amount: '20.00', currency: 'USD' }], 'en')).toBe('CN¥1,000 · US$20');
  });

  it('formats a large indicator value short, in the page language', () => {
    expect(formatIndicatorValue('89000000000.00', 'USD', 'en')).toBe('US$89bn');
    expect(formatIndicatorValue('2500000000.00', 'USD', 'en')).toBe('US$2.5bn');
    expect(formatIndicatorValue('89000000000.00', 'USD', 'ru')).toMatch(/^89\sмлрд\s\$$/);
    expect(formatIndicatorValue('89000000000.00', 'USD', 'zh-Hans')).toBe('US$890亿');
    expect(formatIndicatorValue('700', 'companies', 'en')).toBe('700 companies');
  });

  it('writes reported periods in the page language', () => {
    expect(formatPeriod('2023', 'en')).toBe('2023');
    expect(formatPeriod('2024-01/2024-09', 'en')).toBe('January – September 2024');
    expect(formatPeriod('2007/2023', 'en')).toBe('2007–2023');
    expect(formatPeriod('2024-01/2024-09', 'ru')).toMatch(/январь.*сентябрь 2024/);
    expect(formatPeriod('2024-01/2024-09', 'kk')).toContain('2024');
    expect(formatPeriod('2024-03-01', 'en')).toBe('1 March 2024');
    // Anything else is shown as the api wrote it.
    expect(formatPeriod('Q1 2024', 'en')).toBe('Q1 2024');
    expect(formatPeriod('2024/2024-05', 'en')).toBe('2024/2024-05');
    expect(periodYear('2024-09-30')).toBe('2024');
  });
});
