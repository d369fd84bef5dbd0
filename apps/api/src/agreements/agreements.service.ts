// Agreements for visitors: validated filters, keyset pages, batched parties and milestones,
// and statistics aggregated in the database.
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { parseInput } from '../common/errors/parse-input.js';
import { defineLoader, groupByKey, type RequestContext } from '../common/graphql/request-context.js';
import type { Connection } from '../common/pagination/connection.model.js';
import type { PageRequest } from '../common/pagination/page-args.js';
import { rowsToFetch, toConnection } from '../common/pagination/to-connection.js';
import { tally, tallyBy } from './agreement-tally.js';
import { AgreementsRepository, type AgreementScope } from './agreements.repository.js';
import {
  toAgreementMilestoneView,
  toAgreementPartyView,
  toAgreementView,
  type AgreementMilestoneView,
  type AgreementPartyView,
  type AgreementView,
} from './agreements.views.js';
import { ZAgreementFilter, type AgreementFilterInput } from './dto/agreement-filter.input.js';
import type { AgreementStatsModel } from './models/agreement-stats.model.js';

const ZSeriesSlug = z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a series slug such as "china-central-asia"');
const ZAgreementSlug = z.string().trim().max(200, 'must be at most 200 characters').regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be an agreement slug such as "sister-ningxia-samarkand"');
const ZEditionNumber = z.number().int('must be a whole number').min(1, 'must be 1 or more').nullish();

@Injectable()
export class AgreementsService {
  private readonly partiesOf = defineLoader<string, AgreementPartyView[]>(async (ids) =>
    groupByKey(ids, (await this.repo.partiesByAgreementIds(ids)).map(toAgreementPartyView), (p) => p.agreementId),
  );

  private readonly milestonesOf = defineLoader<string, AgreementMilestoneView[]>(async (ids, ctx) =>
    groupByKey(ids, (await this.repo.milestonesByAgreementIds(ids)).map((m) => toAgreementMilestoneView(m, ctx.lang)), (m) => m.agreementId),
  );

  constructor(private readonly repo: AgreementsRepository) {}

  /** Validates a series-wide scope; an unknown or unpublished series simply has no agreements. */
  seriesScope(series: string, edition?: number | null): AgreementScope {
    const parsed = parseInput(z.object({ series: ZSeriesSlug, edition: ZEditionNumber }), { series, edition });
    return { seriesSlug: parsed.series, editionNumber: parsed.edition ?? null };
  }

  /** One published agreement by its address; null when no such agreement is published. */
  async bySlug(ctx: RequestContext, series: string, edition: number, slug: string): Promise<AgreementView | null> {
    const parsed = parseInput(z.object({ series: ZSeriesSlug, edition: z.number().int('must be a whole number').min(1, 'must be 1 or more'), slug: ZAgreementSlug }), { series, edition, slug });
    const row = await this.repo.bySlug(parsed.series, parsed.edition, parsed.slug);
    return row ? toAgreementView(row, ctx.lang) : null;
  }

  async page(ctx: RequestContext, scope: AgreementScope, filterInput: AgreementFilterInput | null | undefined, page: PageRequest): Promise<Connection<AgreementView>> {
    const filter = parseInput(z.object({ filter: ZAgreementFilter }), { filter: filterInput ?? null }).filter ?? {};
    const { rows, totalCount } = await this.repo.page(scope, filter, rowsToFetch(page), page.after);
    return toConnection(rows, page, totalCount, (row) => ({ key: row.slug, id: row.id }), (row) => toAgreementView(row, ctx.lang));
  }

  parties(ctx: RequestContext, agreementId: string): Promise<AgreementPartyView[]> {
    return this.partiesOf.load(ctx, agreementId);
  }

  milestones(ctx: RequestContext, agreementId: string): Promise<AgreementMilestoneView[]> {
    return this.milestonesOf.load(ctx, agreementId);
  }

  async stats(scope: AgreementScope): Promise<AgreementStatsModel> {
    const [byType, byCountry] = await Promise.all([this.repo.groupsByType(scope), this.repo.groupsByCountry(scope)]);
    return {
      total: tally(byType),
      byType: tallyBy(byType, (g) => g.type).map(({ key, tally: t }) => ({ type: key, ...t })),
      byCountry: tallyBy(byCountry, (g) => g.countryCode).map(({ key, tally: t }) => ({ countryCode: key, ...t })),
    };
  }
}
