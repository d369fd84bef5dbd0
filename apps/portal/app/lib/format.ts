// Date formatting for forum pages. Edition dates are calendar dates local to the host city, so they
// are formatted in UTC (no shift), with the page's language conventions.
import type { Locale } from '@caravan/i18n';

// International forum pages read better with day-month-year; en-GB gives "25–28 October 2024".
const INTL_LOCALE: Partial<Record<Locale, string>> = { en: 'en-GB' };

export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale] ?? locale;
}

function calendarDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** "25–28 October 2024"; a single date when there is no end; null when the start is unknown. */
export function formatDateRange(start: string | null, end: string | null, locale: Locale): string | null {
  if (!start) return null;
  const format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' });
  if (!end || end === start) return format.format(calendarDate(start));
  // ICU's Chinese range pattern falls back to numeric "2024/10/25 – 2024/10/28"; spell both dates.
  if (locale === 'zh-Hans') return `${format.format(calendarDate(start))}至${format.format(calendarDate(end))}`;
  // ICU versions differ on spacing around the range dash (none, thin or normal spaces). Between
  // bare numbers ("25–28") use an unspaced en dash, elsewhere a plain spaced one.
  return format
    .formatRange(calendarDate(start), calendarDate(end))
    .replace(/(\d)[\s\u2009\u202f]*–[\s\u2009\u202f]*(\d)/g, '$1–$2')
    .replace(/[\s\u2009\u202f]+–[\s\u2009\u202f]+/g, ' – ');
}

/** "Friday, 25 October 2024" for a programme day heading. */
export function formatDay(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'full', timeZone: 'UTC' }).format(calendarDate(isoDate));
}

/** Language names in the page's language: "Russian", "русский", "俄语". */
export function formatLanguages(codes: readonly string[], locale: Locale): string {
  const names = new Intl.DisplayNames([intlLocale(locale)], { type: 'language', fallback: 'code' });
  const list = new Intl.ListFormat(intlLocale(locale), { style: 'short', type: 'conjunction' });
  return list.format(codes.map((code) => names.of(code) ?? code));
}

/** "1 March 2027": the calendar day of an instant in a time zone (the edition's), in the page's language. */
export function formatInstantDate(instant: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone }).format(new Date(instant));
}

/** A decimal amount with its currency code, grouped as the page's language does: "CNY 11,200,000,000", "11 200 000 000 CNY". */
export function formatMoney(amount: string, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency, currencyDisplay: 'code', maximumFractionDigits: 0 }).format(Number(amount));
}
