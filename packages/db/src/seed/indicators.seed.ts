// Reported indicators (trade turnover, investment) with their values per period. An indicator
// whose slug is taken is left as it is, values included.
import type { Indicator } from '../generated/prisma/client.js';
import type { SeedClient } from './seed-client.js';
import { dateColumn } from '../read-models/calendar-date.js';

type Text = Record<string, string>;

export interface IndicatorSeed {
  slug: string;
  seriesId?: string;
  name: Text;
  unit: string;
  description?: Text;
  source?: Text;
  countryCodes: string[];
  values: { period: string; periodStart: string; periodEnd: string; value: number; qualifier?: 'over'; note?: Text }[];
}

export async function ensureIndicator(prisma: SeedClient, input: IndicatorSeed): Promise<Indicator> {
  const data = {
    slug: input.slug,
    seriesId: input.seriesId ?? null,
    name: input.name,
    unit: input.unit,
    ...(input.description ? { description: input.description } : {}),
    ...(input.source ? { source: input.source } : {}),
    countryCodes: input.countryCodes,
  };
  const { count } = await prisma.indicator.createMany({ data: [data], skipDuplicates: true });
  const indicator = await prisma.indicator.findUniqueOrThrow({ where: { slug: input.slug } });
  if (count === 0) return indicator;
  for (const value of input.values) {
    const valueData = {
      indicatorId: indicator.id,
      period: value.period,
      periodStart: dateColumn(value.periodStart),
      periodEnd: dateColumn(value.periodEnd),
      value: value.value,
      qualifier: value.qualifier ?? null,
      ...(value.note ? { note: value.note } : {}),
    };
    await prisma.indicatorValue.create({ data: valueData });
  }
  return indicator;
}
