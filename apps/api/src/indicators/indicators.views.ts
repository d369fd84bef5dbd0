// Indicators and their values as GraphQL serves them: texts resolved to the request's language,
// decimals as strings and periods as calendar dates, while the row is mapped.
import { calendarDate, optionalTextColumn, textColumn } from '@caravan/db/read-models';
import { localize, localizeOptional, type ResolvedText } from '../common/localized/localize.js';
import type { IndicatorRow, IndicatorValueRow } from './indicators.repository.js';

export interface IndicatorView {
  id: string;
  /** Edit version; update mutations take it as expectedVersion. */
  version: number;
  slug: string;
  unit: string;
  seriesId: string | null;
  countryCodes: string[];
  name: ResolvedText;
  description: ResolvedText | null;
  source: ResolvedText | null;
}

export interface IndicatorValueView {
  indicatorId: string;
  period: string;
  qualifier: string | null;
  /** Decimal as a string. */
  value: string;
  periodStart: string;
  periodEnd: string;
  note: ResolvedText | null;
}

export function toIndicatorView(row: IndicatorRow, lang: string): IndicatorView {
  const what = `Indicator ${row.slug}`;
  return {
    id: row.id,
    version: row.version,
    slug: row.slug,
    unit: row.unit,
    seriesId: row.seriesId,
    countryCodes: row.countryCodes,
    name: localize(textColumn(row.name, `${what} name`), lang),
    description: localizeOptional(optionalTextColumn(row.description, `${what} description`), lang),
    source: localizeOptional(optionalTextColumn(row.source, `${what} source`), lang),
  };
}

export function toIndicatorValueView(row: IndicatorValueRow, lang: string): IndicatorValueView {
  return {
    indicatorId: row.indicatorId,
    period: row.period,
    qualifier: row.qualifier,
    value: row.value.toFixed(2),
    periodStart: calendarDate(row.periodStart),
    periodEnd: calendarDate(row.periodEnd),
    note: localizeOptional(optionalTextColumn(row.note, `Indicator value ${row.period} note`), lang),
  };
}
