// Edition lookups: by series slug and number for root queries, per series for lists.
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { EditionRow } from '../common/db-rows.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { parseInput } from '../common/errors/parse-input.js';
import { byKey, groupByKey, type RequestContext } from '../common/graphql/request-context.js';
import { EditionsRepository, type ParticipationRow } from './editions.repository.js';

export const ZEditionRef = z.object({
  series: z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a series slug such as "china-central-asia"'),
  number: z.number().int('must be a whole number').min(1, 'must be 1 or more'),
});
export type EditionRef = z.infer<typeof ZEditionRef>;

@Injectable()
export class EditionsService {
  constructor(private readonly repo: EditionsRepository) {}

  /** The published edition, or NOT_FOUND naming what was asked for. */
  async get(ref: EditionRef): Promise<EditionRow> {
    const { series, number } = parseInput(ZEditionRef, ref);
    const edition = await this.repo.findPublished(series, number);
    if (!edition) {
      throw new NotFoundError(
        `Edition ${number} of series "${series}"`,
        'Check the series slug and the edition number; seriesList lists the published ones.',
      );
    }
    return edition;
  }

  /** A published edition of a published series by id; null otherwise. */
  byId(ctx: RequestContext, id: string | null): Promise<EditionRow | null> {
    if (id === null) return Promise.resolve(null);
    return ctx.loaders
      .get('editions.byId', async (ids) => byKey(ids, await this.repo.publishedByIds(ids), (e) => e.id))
      .load(id);
  }

  /** Published editions of a series, newest first. */
  ofSeries(ctx: RequestContext, seriesId: string): Promise<EditionRow[]> {
    return ctx.loaders
      .get('editions.bySeries', async (ids) => groupByKey(ids, await this.repo.publishedBySeriesIds(ids), (e) => e.seriesId))
      .load(seriesId);
  }

  async latestOfSeries(ctx: RequestContext, seriesId: string): Promise<EditionRow | null> {
    return (await this.ofSeries(ctx, seriesId))[0] ?? null;
  }

  /** Participation figures per published edition of a series, newest first. */
  participation(series: string): Promise<ParticipationRow[]> {
    return this.repo.participation(parseInput(ZEditionRef.pick({ series: true }), { series }).series);
  }
}
