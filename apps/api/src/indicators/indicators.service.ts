// Indicators for visitors: validated filters, values and per-series lists batched per request.
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { parseInput } from '../common/errors/parse-input.js';
import { defineLoader, groupByKey, type RequestContext } from '../common/graphql/request-context.js';
import { IndicatorsRepository } from './indicators.repository.js';
import { toIndicatorValueView, toIndicatorView, type IndicatorValueView, type IndicatorView } from './indicators.views.js';

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
  private readonly indicatorsOf = defineLoader<string, IndicatorView[]>(async (ids, ctx) =>
    groupByKey(ids, (await this.repo.bySeriesIds(ids)).map((i) => toIndicatorView(i, ctx.lang)), (i) => i.seriesId ?? ''),
  );

  private readonly valuesOf = defineLoader<string, IndicatorValueView[]>(async (ids, ctx) =>
    groupByKey(ids, (await this.repo.valuesByIndicatorIds(ids)).map((v) => toIndicatorValueView(v, ctx.lang)), (v) => v.indicatorId),
  );

  constructor(private readonly repo: IndicatorsRepository) {}

  async list(ctx: RequestContext, args: { series?: string | null; country?: string | null }): Promise<IndicatorView[]> {
    const parsed = parseInput(ZIndicatorArgs, args);
    return (await this.repo.list({ seriesSlug: parsed.series ?? null, country: parsed.country ?? null })).map((i) => toIndicatorView(i, ctx.lang));
  }

  ofSeries(ctx: RequestContext, seriesId: string): Promise<IndicatorView[]> {
    return this.indicatorsOf.load(ctx, seriesId);
  }

  values(ctx: RequestContext, indicatorId: string): Promise<IndicatorValueView[]> {
    return this.valuesOf.load(ctx, indicatorId);
  }
}
