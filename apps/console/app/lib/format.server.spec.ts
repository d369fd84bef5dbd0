import { formatDate, formatDateRange, formatDay, formatInstant, formatMoney } from './format.server.js';

describe('format.server', () => {
  it('words calendar dates in each console language without shifting the day', () => {
    expect(formatDate('2024-10-25', 'en')).toBe('25 October 2024');
    expect(formatDate('2024-10-25', 'ru')).toBe('25 октября 2024 г.');
    expect(formatDate('2024-10-25', 'zh-Hans')).toBe('2024年10月25日');
    expect(formatDay('2024-10-25', 'en')).toBe('Friday, 25 October 2024');
    expect(formatDateRange('2024-10-25', '2024-10-28', 'en')).toBe('25 October 2024 – 28 October 2024');
  });

  it('shows instants in UTC and money exactly', () => {
    expect(formatInstant('2026-11-29T10:04:00.000Z', 'en')).toBe('29 Nov 2026, 10:04 UTC');
    expect(formatMoney('1250000000.55', 'CNY', 'en')).toBe('CN¥1,250,000,000.55');
  });
});
