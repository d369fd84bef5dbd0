// A series' editions as a timeline, oldest first, each with its figures: participants, delegations,
// agreements and their disclosed value (never a confidential one), written on the server
// in the page's language. Counts are written here too: the browser's number data for the regional
// languages differs from Node's ("1,200" where the server wrote "1 200"), and text re-formatted
// during hydration would change under the reader's eyes.
import { createTranslator, type Locale } from '@caravan/i18n';
import { pages } from './caravan.server.js';
import { formatMoney } from './format.js';
import type { SeriesPage } from './page-data.js';
import { editionDates } from './server-text.server.js';

export interface TimelineEntry {
  number: number;
  dates: string | null;
  /** "300 participants", or null when not reported. */
  attendance: string | null;
  delegations: string;
  agreements: string;
  /** Disclosed values, one text per currency ("CNY 11,200,000,000"). */
  disclosedValues: string[];
  /** "2 more with undisclosed values", or null when none is confidential. */
  confidential: string | null;
}

export async function seriesTimeline(series: SeriesPage, locale: Locale): Promise<TimelineEntry[]> {
  const [participation, totals] = await Promise.all([
    pages.participation(series.slug),
    Promise.all(series.editions.map(async (edition) => [edition.number, await pages.agreementTotal(series.slug, edition.number)] as const)),
  ]);
  const figures = new Map(participation.map((entry) => [entry.number, entry]));
  const agreements = new Map(totals);
  const t = createTranslator(locale);
  return [...series.editions]
    .sort((a, b) => a.number - b.number)
    .map((edition) => {
      const figure = figures.get(edition.number);
      const total = agreements.get(edition.number);
      const attendance = figure?.attendance ?? edition.attendance;
      const confidential = total?.confidentialCount ?? 0;
      return {
        number: edition.number,
        dates: editionDates(edition, locale),
        attendance: attendance === null ? null : t('edition.attendanceValue', { count: attendance }),
        delegations: t('edition.delegationCount', { count: figure?.delegations ?? 0 }),
        agreements: t('series.agreementCount', { count: total?.count ?? figure?.agreements ?? 0 }),
        disclosedValues: (total?.disclosedValues ?? []).map((money) => formatMoney(money.amount, money.currency, locale)),
        confidential: confidential > 0 ? t('series.confidentialNote', { count: confidential }) : null,
      };
    });
}
