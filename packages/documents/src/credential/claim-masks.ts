// Zones and days as the bit masks the byte layout stores: bit z is zone z; bit i of the day
// mask is the i-th day after the first valid one.
import { dayNumber, isoDay } from './calendar-day.js';

/** Zones are numbered 0–30: one bit each in a 31-bit mask. */
export const MAX_ZONE = 30;
/** Valid days lie within this many consecutive days: one bit each in a 31-bit mask. */
export const MAX_DAY_SPAN = 31;

export function toMask(bits: readonly number[]): number {
  return [...new Set(bits)].reduce((mask, bit) => mask + 2 ** bit, 0);
}

export function fromMask(mask: number): number[] {
  const bits: number[] = [];
  for (let bit = 0, rest = mask; rest > 0; bit++, rest = Math.floor(rest / 2)) {
    if (rest % 2 === 1) bits.push(bit);
  }
  return bits;
}

export function daysToMask(days: readonly string[]): { firstDay: number; dayMask: number } {
  const numbers = days.map((day) => dayNumber(day) as number);
  const firstDay = Math.min(...numbers);
  return { firstDay, dayMask: toMask(numbers.map((n) => n - firstDay)) };
}

export const daysFromMask = (firstDay: number, dayMask: number): string[] => fromMask(dayMask).map((offset) => isoDay(firstDay + offset));
