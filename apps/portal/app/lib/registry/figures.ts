// Numbers of the registry and the indicators, formatted on the server in the page's language (the
// browser's Intl data lack several of the portal's languages, so nothing is re-formatted there):
// disclosed agreement values, indicator values with their qualifier, and reported periods.
import type { Locale } from '@caravan/i18n';
import { intlLocale } from '../format.js';

export interface MoneyAmount {
  amount: string;
  currency: string;
}

/** "CN¥11,200,000,000": a decimal amount in its currency, whole units. */
export function formatMoney(money: MoneyAmount, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: money.currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(Number(money.amount));
}

/** Several currencies' sums in one line: "CN¥1,000 · US$20". */
export function formatMoneyList(values: readonly MoneyAmount[], locale: Locale): string {
  return values.map((value) => formatMoney(value, locale)).join(' · ');
}

/** "US$89bn" / "89 млрд $" / "US$890亿": a large indicator value, short and readable, in its unit. */
export function formatIndicatorValue(value: string, unit: string, locale: Locale): string {
  const amount = Number(value);
  const isCurrency = /^[A-Z]{3}$/.test(unit);
  const format = new Intl.NumberFormat(intlLocale(locale), {
    notation: 'compact',
    maximumSignificantDigits: 3,
    ...(isCurrency ? { style: 'currency', currency: unit, currencyDisplay: 'symbol' } : {}),
  });
  return isCurrency ? format.format(amount) : `${format.format(amount)} ${unit}`;
}

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function periodPart(part: string): { date: Date; precision: 'year' | 'month' | 'day' } | null {
  const year = YEAR.exec(part);
  if (year) return { date: new Date(Date.UTC(Number(year[1]), 0, 1)), precision: 'year' };
  const month = MONTH.exec(part);
  if (month) return { date: new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)), precision: 'month' };
  const day = DAY.exec(part);
  if (day) return { date: new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))), precision: 'day' };
  return null;
}

const PRECISION_OPTIONS = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * A reported period in the page's language: "2023", "January – September 2024", "2007–2023".
 * A period the api writes in another shape is shown as written.
 */
export function formatPeriod(period: string, locale: Locale): string {
  const [startText, endText, ...rest] = period.split('/');
  const start = startText === undefined ? null : periodPart(startText);
  const end = endText === undefined ? start : periodPart(endText);
  if (!start || !end || rest.length > 0 || start.precision !== end.precision) return period;
  const format = new Intl.DateTimeFormat(intlLocale(locale), { ...PRECISION_OPTIONS[start.precision], timeZone: 'UTC' });
  if (endText === undefined || start.date.getTime() === end.date.getTime()) return format.format(start.date);
  return format
    .formatRange(start.date, end.date)
    .replace(/(\d)[\s\u2009\u202f]*[–-][\s\u2009\u202f]*(\d)/g, '$1–$2')
    .replace(/[\s\u2009\u202f]+[–-][\s\u2009\u202f]+/g, ' – ');
}

/** The year a period ends in, shown beside a figure's source. */
export function periodYear(periodEnd: string): string {
  return periodEnd.slice(0, 4);
}
