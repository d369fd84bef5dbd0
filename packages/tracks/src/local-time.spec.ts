import { addDays, fromLocal, parseLocalDate, toLocalParts } from './local-time.js';

describe(toLocalParts.name, () => {
  it('shows Yinchuan (Asia/Shanghai) wall time at UTC+8', () => {
    expect(toLocalParts(new Date('2024-10-25T01:00:00Z'), 'Asia/Shanghai')).toEqual({
      date: '2024-10-25',
      time: '09:00',
      offset: '+08:00',
    });
    expect(toLocalParts(new Date('2024-10-28T16:30:00Z'), 'Asia/Shanghai')).toEqual({
      date: '2024-10-29',
      time: '00:30',
      offset: '+08:00',
    });
  });

  it('shows Tbilisi wall time at UTC+4', () => {
    expect(toLocalParts(new Date('2025-06-01T20:15:00Z'), 'Asia/Tbilisi')).toEqual({
      date: '2025-06-02',
      time: '00:15',
      offset: '+04:00',
    });
  });

  it('formats zero, half-hour and negative offsets', () => {
    expect(toLocalParts(new Date('2024-01-01T00:00:00Z'), 'UTC').offset).toBe('+00:00');
    expect(toLocalParts(new Date('2024-01-01T00:00:00Z'), 'Asia/Kolkata')).toEqual({ date: '2024-01-01', time: '05:30', offset: '+05:30' });
    expect(toLocalParts(new Date('2024-01-01T00:00:00Z'), 'America/St_Johns')).toEqual({ date: '2023-12-31', time: '20:30', offset: '-03:30' });
  });

  it('gives each caller its own answer and stays right for instants off the whole second', () => {
    const first = toLocalParts(new Date('2025-06-10T03:00:00Z'), 'Asia/Almaty');
    first.time = 'changed';
    expect(toLocalParts(new Date('2025-06-10T03:00:00Z'), 'Asia/Almaty')).toEqual({ date: '2025-06-10', time: '08:00', offset: '+05:00' });
    expect(toLocalParts(new Date('2024-01-01T00:00:00.999Z'), 'Asia/Kolkata')).toEqual({ date: '2024-01-01', time: '05:30', offset: '+05:30' });
    expect(toLocalParts(new Date('2025-06-10T03:00:00Z'), 'Asia/Tbilisi')).toEqual({ date: '2025-06-10', time: '07:00', offset: '+04:00' });
  });

  it('rejects unknown zones and invalid dates with a code', () => {
    expect(() => toLocalParts(new Date(), 'Asia/Atlantis')).toThrow(expect.objectContaining({ code: 'INVALID_TIME_ZONE' }));
    expect(() => toLocalParts(new Date('nope'), 'UTC')).toThrow(expect.objectContaining({ code: 'INVALID_INSTANT' }));
  });
});

describe(fromLocal.name, () => {
  it('converts Yinchuan and Tbilisi wall times to UTC', () => {
    expect(fromLocal('2024-10-25', '09:00', 'Asia/Shanghai').toISOString()).toBe('2024-10-25T01:00:00.000Z');
    expect(fromLocal('2024-10-28', '23:30', 'Asia/Shanghai').toISOString()).toBe('2024-10-28T15:30:00.000Z');
    expect(fromLocal('2025-06-02', '00:15', 'Asia/Tbilisi').toISOString()).toBe('2025-06-01T20:15:00.000Z');
  });

  it('round-trips with toLocalParts', () => {
    for (const zone of ['Asia/Shanghai', 'Asia/Tbilisi', 'Asia/Almaty', 'Europe/Berlin']) {
      const instant = fromLocal('2024-03-31', '14:45', zone);
      expect(toLocalParts(instant, zone)).toMatchObject({ date: '2024-03-31', time: '14:45' });
    }
  });

  it('is DST-correct: a skipped time moves forward, a repeated time takes its first occurrence', () => {
    // Berlin springs from 02:00 to 03:00 on 2024-03-31 and falls back from 03:00 to 02:00 on 2024-10-27.
    expect(fromLocal('2024-03-31', '01:30', 'Europe/Berlin').toISOString()).toBe('2024-03-31T00:30:00.000Z');
    expect(fromLocal('2024-03-31', '02:30', 'Europe/Berlin').toISOString()).toBe('2024-03-31T01:30:00.000Z');
    expect(fromLocal('2024-03-31', '03:30', 'Europe/Berlin').toISOString()).toBe('2024-03-31T01:30:00.000Z');
    expect(fromLocal('2024-10-27', '02:30', 'Europe/Berlin').toISOString()).toBe('2024-10-27T00:30:00.000Z');
    expect(fromLocal('2024-10-27', '03:30', 'Europe/Berlin').toISOString()).toBe('2024-10-27T02:30:00.000Z');
  });

  it('follows a zone that changed its offset (Almaty, UTC+6 to UTC+5 on 2024-03-01)', () => {
    expect(toLocalParts(fromLocal('2024-02-01', '12:00', 'Asia/Almaty'), 'UTC').time).toBe('06:00');
    expect(toLocalParts(fromLocal('2024-06-01', '12:00', 'Asia/Almaty'), 'UTC').time).toBe('07:00');
  });

  it('rejects malformed dates and times with codes', () => {
    expect(() => fromLocal('2024-02-30', '10:00', 'UTC')).toThrow(expect.objectContaining({ code: 'INVALID_LOCAL_DATE' }));
    expect(() => fromLocal('24-10-25', '10:00', 'UTC')).toThrow(expect.objectContaining({ code: 'INVALID_LOCAL_DATE' }));
    expect(() => fromLocal('2024-10-25', '24:00', 'UTC')).toThrow(expect.objectContaining({ code: 'INVALID_LOCAL_TIME' }));
    expect(() => fromLocal('2024-10-25', '9:00', 'UTC')).toThrow(expect.objectContaining({ code: 'INVALID_LOCAL_TIME' }));
    expect(() => fromLocal('2024-10-25', '09:00', 'Mars/Olympus')).toThrow(expect.objectContaining({ code: 'INVALID_TIME_ZONE' }));
  });
});

describe(addDays.name, () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2024-10-28', 1)).toBe('2024-10-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});

describe(parseLocalDate.name, () => {
  it('accepts a leap day only in a leap year', () => {
    expect(parseLocalDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(() => parseLocalDate('2023-02-29')).toThrow(expect.objectContaining({ code: 'INVALID_LOCAL_DATE' }));
  });
});

describe('local-time errors', () => {
  it('are TracksErrors whose messages name the bad value and the expected form', () => {
    expect(() => toLocalParts(new Date(), 'Asia/Atlantis')).toThrow(
      expect.objectContaining({
        name: 'TracksError',
        message: '"Asia/Atlantis" is not an IANA time zone (e.g. "Asia/Shanghai")',
      }),
    );
    expect(() => toLocalParts(new Date('nope'), 'UTC')).toThrow('The instant is not a valid Date');
    expect(() => parseLocalDate('2024-2-3')).toThrow('"2024-2-3" is not a calendar date in the form YYYY-MM-DD');
    expect(() => fromLocal('2024-10-25', '9:00', 'UTC')).toThrow('"9:00" is not a 24-hour time in the form HH:mm');
  });
});

describe('local-time input forms', () => {
  it('rejects dates with anything before or after YYYY-MM-DD', () => {
    for (const date of ['x2024-10-25', '2024-10-25x', '12024-10-25', '2024-10-255']) {
      expect(() => parseLocalDate(date)).toThrow(expect.objectContaining({ code: 'INVALID_LOCAL_DATE' }));
    }
  });

  it('rejects times with anything before or after HH:mm[:ss], and minutes or seconds past 59', () => {
    for (const time of [' 09:00', '09:00 ', '109:00', '09:001', '09:00:5', '09:00:5a', '09:60', '09:00:60']) {
      expect(() => fromLocal('2024-10-25', time, 'UTC')).toThrow(expect.objectContaining({ code: 'INVALID_LOCAL_TIME' }));
    }
  });

  it('accepts seconds up to 59', () => {
    expect(fromLocal('2024-10-25', '09:00:30', 'UTC').toISOString()).toBe('2024-10-25T09:00:30.000Z');
    expect(fromLocal('2024-10-25', '23:59:59', 'Asia/Shanghai').toISOString()).toBe('2024-10-25T15:59:59.000Z');
  });
});
