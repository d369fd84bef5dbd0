// The auditTrail query (organizers of the series only) and AuditEntry.actor.
import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { Auth, type RequestAuth } from '../auth/request-auth.js';
import { ViewerService } from '../auth/viewer.service.js';
import { encodeCursor } from './audit-cursor.js';
import { AuditService } from './audit.service.js';
import type { ReadableAuditRow } from './audit.service.js';
import { AuditActorModel, AuditEntryConnectionModel, AuditEntryModel } from './models/audit-entry.model.js';

const jsonText = (value: ReadableAuditRow['before']): string | null => (value === null ? null : JSON.stringify(value));

export function toAuditEntryModel(row: ReadableAuditRow): AuditEntryModel {
  return {
    id: row.id,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    editionId: row.editionId,
    at: row.at.toISOString(),
    before: jsonText(row.before),
    after: jsonText(row.after),
    withheld: row.withheld,
    actorId: row.actorId,
  };
}

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly viewers: ViewerService,
  ) {}

  @Query(() => AuditEntryConnectionModel, { description: 'Recorded changes of a series, newest first. Organizers of that series only.' })
  async auditTrail(
    @Auth() request: RequestAuth,
    @Args('series', { description: 'Series slug, e.g. china-central-asia.' }) series: string,
    @Args('first', { type: () => Int, defaultValue: 20, description: 'Page size, 1–100.' }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'endCursor of the previous page.' }) after?: string | null,
  ): Promise<AuditEntryConnectionModel> {
    const page = await this.audit.trail(await this.viewers.viewer(request), series, first, after ?? null);
    return {
      edges: page.rows.map((row) => ({ cursor: encodeCursor(row), node: toAuditEntryModel(row) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @ResolveField('actor', () => AuditActorModel, { nullable: true, description: 'Who made the change; null for the system or a deleted account.' })
  async actor(@Parent() entry: AuditEntryModel, @Ctx() ctx: RequestContext): Promise<AuditActorModel | null> {
    return this.audit.actor(ctx, entry.actorId);
  }
}
