import { dayNumber, isoDay } from './calendar-day.js';

describe(dayNumber.name, () => {
  it('counts days from 1970-01-01 and back', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2024-10-25')).toBe(20_021);
    expect(isoDay(20_021)).toBe('2024-10-25');
  });

  it('refuses texts that are not real dates', () => {
    for (const text of ['2024-02-30', '2023-02-29', '2024-13-01', '2024-1-5', ' 2024-10-25', '2024-10-25T00:00']) {
      expect(dayNumber(text)).toBeUndefined();
    }
    expect(dayNumber('2024-02-29')).toBe(19_782);
  });
});
