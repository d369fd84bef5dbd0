// An indicator as the dashboard shows it: bars and table rows with values and periods written in
// the page's language, the chart's description naming every figure, and the years its source covers.
import type { Locale } from '@caravan/i18n';
import type { ChartBar } from '../../components/registry/bar-chart.js';
import type { RegistryTranslator } from '../../i18n/registry/registry-i18n.js';
import type { IndicatorsPageQuery } from '../../generated/graphql.js';
import { formatIndicatorValue, formatPeriod, periodYear } from './figures.js';

type Indicator = IndicatorsPageQuery['indicators'][number];

const QUALIFIERS = { over: 'qualifier.over', under: 'qualifier.under', about: 'qualifier.about' } as const;

/** "more than US$89bn" for a figure reported as "more than"; the value alone for an exact one. */
function qualified(value: string, qualifier: string | null, t: RegistryTranslator): string {
  const key = qualifier && qualifier in QUALIFIERS ? QUALIFIERS[qualifier as keyof typeof QUALIFIERS] : null;
  return key ? t(key, { value }) : value;
}

const NAME_MARK = '\u0000name\u0000';

/** The text before and after a placeholder's place in a formatted message. */
export function splitAround(message: string, mark: string): { before: string; after: string } {
  const at = message.indexOf(mark);
  return at < 0 ? { before: message, after: '' } : { before: message.slice(0, at), after: message.slice(at + mark.length) };
}

export function indicatorFigures(indicator: Indicator, locale: Locale, t: RegistryTranslator) {
  const rows = indicator.values.map((value) => {
    const period = formatPeriod(value.period, locale);
    const shown = qualified(formatIndicatorValue(value.value, indicator.unit, locale), value.qualifier, t);
    return { period, value: shown, note: value.note, amount: Number(value.value) };
  });
  const bars: ChartBar[] = rows.map((row) => ({ label: row.period, value: row.amount, display: row.value }));
  const years = [...new Set(indicator.values.map((value) => periodYear(value.periodEnd)))].join(', ');
  return {
    slug: indicator.slug,
    name: indicator.name,
    description: indicator.description,
    source: indicator.source,
    countries: indicator.countries,
    years,
    unitLabel: t('indicators.unit', { unit: indicator.unit }),
    // The caption around the name, so that a name in a fallback language keeps its own lang.
    tableCaption: splitAround(t('indicators.tableCaption', { name: NAME_MARK }), NAME_MARK),
    chartDescription: t('indicators.chartDescription', { count: rows.length, figures: rows.map((row) => `${row.period}: ${row.value}`).join('; ') }),
    bars,
    rows: rows.map(({ period, value, note }) => ({ period, value, note })),
  };
}
