// A series' editions as a timeline, oldest first, each with its figures: participants, delegations,
// sessions, agreements and their disclosed value (never a confidential one), written on the server
// in the page's language.
import type { Locale } from '@caravan/i18n';
import { pages } from './caravan.server.js';
import { formatMoney } from './format.js';
import type { SeriesPage } from './page-data.js';
import { editionDates } from './server-text.server.js';

export interface TimelineEntry {
  number: number;
  dates: string | null;
  attendance: number | null;
  delegations: number;
  sessions: number;
  agreements: number;
  /** Disclosed values, one text per currency ("CNY 11,200,000,000"). */
  disclosedValues: string[];
  confidentialAgreements: number;
}

export async function seriesTimeline(series: SeriesPage, locale: Locale): Promise<TimelineEntry[]> {
  const [participation, totals] = await Promise.all([
    pages.participation(series.slug),
    Promise.all(series.editions.map(async (edition) => [edition.number, await pages.agreementTotal(series.slug, edition.number)] as const)),
  ]);
  const figures = new Map(participation.map((entry) => [entry.number, entry]));
  const agreements = new Map(totals);
  return [...series.editions]
    .sort((a, b) => a.number - b.number)
    .map((edition) => {
      const figure = figures.get(edition.number);
      const total = agreements.get(edition.number);
      return {
        number: edition.number,
        dates: editionDates(edition, locale),
        attendance: figure?.attendance ?? edition.attendance,
        delegations: figure?.delegations ?? 0,
        sessions: figure?.sessions ?? 0,
        agreements: total?.count ?? figure?.agreements ?? 0,
        disclosedValues: (total?.disclosedValues ?? []).map((money) => formatMoney(money.amount, money.currency, locale)),
        confidentialAgreements: total?.confidentialCount ?? 0,
      };
    });
}
