import { formatDateRange, formatDay, formatLanguages, formatMoney } from './format.js';

describe(formatDateRange.name, () => {
  it('formats the edition dates in the page language without shifting the calendar day', () => {
    expect(formatDateRange('2024-10-25', '2024-10-28', 'en')).toBe('25–28 October 2024');
    expect(formatDateRange('2024-10-25', '2024-10-28', 'ru')).toMatch(/^25–28 октября 2024/);
    expect(formatDateRange('2024-10-25', '2024-10-28', 'zh-Hans')).toBe('2024年10月25日至2024年10月28日');
    expect(formatDateRange('2024-10-30', '2024-11-02', 'en')).toBe('30 October – 2 November 2024');
    expect(formatDateRange('2024-10-25', null, 'en')).toBe('25 October 2024');
    expect(formatDateRange(null, null, 'en')).toBeNull();
  });
});

describe(formatDay.name, () => {
  it('names the weekday of a local date', () => {
    expect(formatDay('2024-10-26', 'en')).toBe('Saturday, 26 October 2024');
  });
});

describe(formatLanguages.name, () => {
  it('lists language names in the page language', () => {
    expect(formatLanguages(['zh', 'ru'], 'en')).toBe('Chinese and Russian');
    expect(formatLanguages(['zh', 'ru'], 'ru')).toBe('китайский и русский');
  });
});

describe(formatMoney.name, () => {
  it('writes a decimal amount with its currency code, grouped as the page language does', () => {
    expect(formatMoney('11200000000.00', 'CNY', 'en')).toMatch(/^CNY[\s\u00a0]11,200,000,000$/);
    expect(formatMoney('11200000000.00', 'CNY', 'kk')).toMatch(/^11[\s\u00a0]200[\s\u00a0]000[\s\u00a0]000[\s\u00a0]CNY$/);
  });
});
