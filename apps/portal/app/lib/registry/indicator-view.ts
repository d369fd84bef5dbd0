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
    tableCaption: t('indicators.tableCaption', { name: indicator.name.text }),
    chartDescription: t('indicators.chartDescription', { count: rows.length, figures: rows.map((row) => `${row.period}: ${row.value}`).join('; ') }),
    bars,
    rows: rows.map(({ period, value, note }) => ({ period, value, note })),
  };
}
