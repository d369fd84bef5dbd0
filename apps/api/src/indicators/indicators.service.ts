// Indicators for visitors: validated filters, values and per-series lists batched per request.
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { parseInput } from '../common/errors/parse-input.js';
import { groupByKey, type RequestContext } from '../common/graphql/request-context.js';
import { IndicatorsRepository, type IndicatorRow, type IndicatorValueRow } from './indicators.repository.js';

const ZIndicatorArgs = z.object({
  series: z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a series slug such as "china-central-asia"').nullish(),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "KZ"')
    .transform((c) => c.toUpperCase())
    .nullish(),
});

@Injectable()
export class IndicatorsService {
  constructor(private readonly repo: IndicatorsRepository) {}

  list(args: { series?: string | null; country?: string | null }): Promise<IndicatorRow[]> {
    const parsed = parseInput(ZIndicatorArgs, args);
    return this.repo.list({ seriesSlug: parsed.series ?? null, country: parsed.country ?? null });
  }

  ofSeries(ctx: RequestContext, seriesId: string): Promise<IndicatorRow[]> {
    return ctx.loaders
      .get('indicators.bySeries', async (ids) => groupByKey(ids, await this.repo.bySeriesIds(ids), (i) => i.seriesId ?? ''))
      .load(seriesId);
  }

  values(ctx: RequestContext, indicatorId: string): Promise<IndicatorValueRow[]> {
    return ctx.loaders
      .get('indicators.values', async (ids) => groupByKey(ids, await this.repo.valuesByIndicatorIds(ids), (v) => v.indicatorId))
      .load(indicatorId);
  }
}
