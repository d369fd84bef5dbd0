// IANA time-zone validation against the runtime's tz database (Intl), no bundled data.
import { z } from 'zod';

export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone || timeZone.trim() !== timeZone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export const ZTimeZone = z.string().refine(isValidTimeZone, {
  error: (issue) => `"${String(issue.input)}" is not an IANA time zone (e.g. "Asia/Shanghai")`,
});
