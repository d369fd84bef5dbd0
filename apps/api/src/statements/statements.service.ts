// Statements for visitors: validated query arguments, keyset pages, and per-edition lists.
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { parseInput } from '../common/errors/parse-input.js';
import { defineLoader, groupByKey, type RequestContext } from '../common/graphql/request-context.js';
import type { Connection } from '../common/pagination/connection.model.js';
import type { PageRequest } from '../common/pagination/page-args.js';
import { rowsToFetch, toConnection } from '../common/pagination/to-connection.js';
import { StatementsRepository } from './statements.repository.js';
import { toStatementView, type StatementView } from './statements.views.js';

const ZSlug = z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug such as "china-central-asia"');
const ZStatementArgs = z.object({
  series: ZSlug,
  edition: z.number().int('must be a whole number').min(1, 'must be 1 or more').nullish(),
  person: ZSlug.nullish(),
});

@Injectable()
export class StatementsService {
  private readonly statementsOf = defineLoader<string, StatementView[]>(async (ids, ctx) =>
    groupByKey(ids, (await this.repo.byEditionIds(ids)).map((s) => toStatementView(s, ctx.lang)), (s) => s.editionId),
  );

  constructor(private readonly repo: StatementsRepository) {}

  async page(ctx: RequestContext, args: { series: string; edition?: number | null; person?: string | null }, page: PageRequest): Promise<Connection<StatementView>> {
    const parsed = parseInput(ZStatementArgs, args);
    const { rows, totalCount } = await this.repo.page(
      { seriesSlug: parsed.series, editionNumber: parsed.edition ?? null, personSlug: parsed.person ?? null },
      rowsToFetch(page),
      page.after,
    );
    return toConnection(rows, page, totalCount, (row) => ({ key: row.id, id: row.id }), (row) => toStatementView(row, ctx.lang));
  }

  ofEdition(ctx: RequestContext, editionId: string): Promise<StatementView[]> {
    return this.statementsOf.load(ctx, editionId);
  }
}
