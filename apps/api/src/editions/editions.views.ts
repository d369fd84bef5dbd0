// Editions as GraphQL serves them: texts resolved to the request's language, dates as calendar
// dates, while the row is mapped; every other field of Edition is a relation.
import { calendarDate, textColumn } from '@caravan/db/read-models';
import type { EditionRow } from '../common/db-rows.js';
import type { EditionStatus } from '../common/graphql/enums.js';
import { localize, type ResolvedText } from '../common/localized/localize.js';

export interface EditionView {
  id: string;
  /** Edit version; update mutations take it as expectedVersion. */
  version: number;
  seriesId: string;
  number: number;
  status: EditionStatus;
  timeZone: string;
  workingLanguages: string[];
  isDemo: boolean;
  attendance: number | null;
  theme: ResolvedText;
  description: ResolvedText;
  hostCity: ResolvedText;
  /** Calendar dates, local to the edition. */
  startDate: string | null;
  endDate: string | null;
  hostCountryCode: string | null;
  hostSubdivisionId: string | null;
}

export function toEditionView(row: EditionRow, lang: string): EditionView {
  const what = `Edition ${row.number}`;
  return {
    id: row.id,
    version: row.version,
    seriesId: row.seriesId,
    number: row.number,
    status: row.status,
    timeZone: row.timeZone,
    workingLanguages: row.workingLanguages,
    isDemo: row.isDemo,
    attendance: row.attendance,
    theme: localize(textColumn(row.theme, `${what} theme`), lang),
    description: localize(textColumn(row.description, `${what} description`), lang),
    hostCity: localize(textColumn(row.hostCity, `${what} hostCity`), lang),
    startDate: calendarDate(row.startDate),
    endDate: calendarDate(row.endDate),
    hostCountryCode: row.hostCountryCode,
    hostSubdivisionId: row.hostSubdivisionId,
  };
}
