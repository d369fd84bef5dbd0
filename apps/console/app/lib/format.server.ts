// Dates, times and numbers worded on the server with Node's full ICU, in the page's language.
// Pages show these strings as they are: the browser never re-formats them (its Intl data differs).
import type { ConsoleLocale } from '../i18n/console-i18n.js';

// International forums read day-month-year; en-GB gives "25 October 2024".
const INTL_LOCALE: Readonly<Record<ConsoleLocale, string>> = { en: 'en-GB', 'zh-Hans': 'zh-Hans', ru: 'ru' };

const calendarDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export function intlLocale(locale: ConsoleLocale): string {
  return INTL_LOCALE[locale];
}

/** "25 October 2024": a calendar date, with no time-zone shift. */
export function formatDate(isoDate: string, locale: ConsoleLocale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(calendarDate(isoDate));
}

/** "Friday, 25 October 2024" for a programme day. */
export function formatDay(isoDate: string, locale: ConsoleLocale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'full', timeZone: 'UTC' }).format(calendarDate(isoDate));
}

/** "Fri 25 Oct" for a short day label. */
export function formatShortDay(isoDate: string, locale: ConsoleLocale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(calendarDate(isoDate));
}

/** "25 October 2024 – 28 October 2024" (both dates spelled, the same in every language). */
export function formatDateRange(start: string | null, end: string | null, locale: ConsoleLocale): string | null {
  if (!start) return null;
  if (!end || end === start) return formatDate(start, locale);
  return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
}

/** An instant in UTC, e.g. "29 Nov 2026, 10:04 UTC". */
export function formatInstant(isoInstant: string, locale: ConsoleLocale): string {
  const text = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC', hourCycle: 'h23' }).format(new Date(isoInstant));
  return `${text} UTC`;
}

export function formatNumber(value: number, locale: ConsoleLocale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}

/** A decimal amount given as a string (no floating-point rounding) in its currency. */
export function formatMoney(amount: string, currency: string, locale: ConsoleLocale): string {
  // Intl.NumberFormat formats decimal strings exactly (ES2023); the cast only satisfies older lib typings.
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency }).format(amount as unknown as number);
}
