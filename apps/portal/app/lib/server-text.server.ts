// Dates, language names and amounts written on the server, once, and handed to the page as text.
// Browsers ship less Intl data than Node (Debian's Chromium has no Kazakh, Georgian or Armenian
// dates, see stack notes 12): a component that formatted while hydrating would turn the server's
// "2024 ж. 25–28 қазан" into "2024 M10 25–28". Loaders call these and components only print.
import type { Locale } from '@caravan/i18n';
import { formatDateRange, formatDay, formatLanguages } from './format.js';

/** The heading of each programme day, by local date. */
export function dayLabels(dates: Iterable<string>, locale: Locale): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const date of dates) labels[date] = formatDay(date, locale);
  return labels;
}

/** Each language code's name in the page's language, by code. */
export function languageNames(codes: Iterable<string>, locale: Locale): Record<string, string> {
  const names: Record<string, string> = {};
  for (const code of codes) names[code] = formatLanguages([code], locale);
  return names;
}

/** The interpretation languages of each session as one list, by session id; sessions without any are left out. */
export function interpretationLists(sessions: ReadonlyArray<{ id: string; interpretation: readonly string[] }>, locale: Locale): Record<string, string> {
  const lists: Record<string, string> = {};
  for (const session of sessions) if (session.interpretation.length > 0) lists[session.id] = formatLanguages(session.interpretation, locale);
  return lists;
}

/** An edition's dates as a range, or null while they are unknown. */
export function editionDates(edition: { startDate: string | null; endDate: string | null }, locale: Locale): string | null {
  return formatDateRange(edition.startDate, edition.endDate, locale);
}
