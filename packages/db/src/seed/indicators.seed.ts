// Reported indicators (trade turnover, investment) with their values per period.
import type { Indicator, PrismaClient } from '../generated/prisma/client.js';
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

export async function upsertIndicator(prisma: PrismaClient, input: IndicatorSeed): Promise<Indicator> {
  const data = {
    seriesId: input.seriesId ?? null,
    name: input.name,
    unit: input.unit,
    ...(input.description ? { description: input.description } : {}),
    ...(input.source ? { source: input.source } : {}),
    countryCodes: input.countryCodes,
  };
  const indicator = await prisma.indicator.upsert({ where: { slug: input.slug }, create: { slug: input.slug, ...data }, update: data });
  for (const value of input.values) {
    const valueData = {
      periodStart: dateColumn(value.periodStart),
      periodEnd: dateColumn(value.periodEnd),
      value: value.value,
      qualifier: value.qualifier ?? null,
      ...(value.note ? { note: value.note } : {}),
    };
    await prisma.indicatorValue.upsert({
      where: { indicatorId_period: { indicatorId: indicator.id, period: value.period } },
      create: { indicatorId: indicator.id, period: value.period, ...valueData },
      update: valueData,
    });
  }
  return indicator;
}
