// Edition lookups: by series slug and number for root queries, per series for lists, as views.
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { notFound } from '../common/errors/app-error.js';
import { parseInput } from '../common/errors/parse-input.js';
import { byKey, defineLoader, groupByKey, type RequestContext } from '../common/graphql/request-context.js';
import { EditionsRepository, type ParticipationRow } from './editions.repository.js';
import { toEditionView, type EditionView } from './editions.views.js';

export const ZEditionRef = z.object({
  series: z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a series slug such as "china-central-asia"'),
  number: z.number().int('must be a whole number').min(1, 'must be 1 or more'),
});

export type EditionRef = z.infer<typeof ZEditionRef>;

@Injectable()
export class EditionsService {
  private readonly editionById = defineLoader<string, EditionView | null>(async (ids, ctx) =>
    byKey(ids, (await this.repo.publishedByIds(ids)).map((e) => toEditionView(e, ctx.lang)), (e) => e.id),
  );

  private readonly editionsOfSeries = defineLoader<string, EditionView[]>(async (ids, ctx) =>
    groupByKey(ids, (await this.repo.publishedBySeriesIds(ids)).map((e) => toEditionView(e, ctx.lang)), (e) => e.seriesId),
  );

  constructor(private readonly repo: EditionsRepository) {}

  /** The published edition, or NOT_FOUND naming what was asked for. */
  async get(ctx: RequestContext, ref: EditionRef): Promise<EditionView> {
    const { series, number } = parseInput(ZEditionRef, ref);
    const edition = await this.repo.findPublished(series, number);
    if (!edition) {
      throw notFound(`Edition ${number} of series "${series}"`, 'Check the series slug and the edition number; seriesList lists the published ones.');
    }
    return toEditionView(edition, ctx.lang);
  }

  /** A published edition of a published series by id; null otherwise. */
  byId(ctx: RequestContext, id: string | null): Promise<EditionView | null> {
    return id === null ? Promise.resolve(null) : this.editionById.load(ctx, id);
  }

  /** Published editions of a series, newest first. */
  ofSeries(ctx: RequestContext, seriesId: string): Promise<EditionView[]> {
    return this.editionsOfSeries.load(ctx, seriesId);
  }

  async latestOfSeries(ctx: RequestContext, seriesId: string): Promise<EditionView | null> {
    return (await this.ofSeries(ctx, seriesId))[0] ?? null;
  }

  /** Participation figures per published edition of a series, newest first. */
  participation(series: string): Promise<ParticipationRow[]> {
    return this.repo.participation(parseInput(ZEditionRef.pick({ series: true }), { series }).series);
  }
}
