import { isValidTimeZone, ZTimeZone } from './time-zones.js';

describe(isValidTimeZone.name, () => {
  it('accepts IANA zones the runtime knows and refuses blanks, padding and unknown names', () => {
    expect(isValidTimeZone('Asia/Almaty')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(' UTC')).toBe(false);
    expect(isValidTimeZone('UTC ')).toBe(false);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('ZTimeZone', () => {
  it('names the bad zone and gives an example', () => {
    expect(ZTimeZone.parse('Asia/Tbilisi')).toBe('Asia/Tbilisi');
    expect(ZTimeZone.safeParse('Mars/X').error?.issues[0]?.message).toBe('"Mars/X" is not an IANA time zone (e.g. "Asia/Shanghai")');
  });
});
