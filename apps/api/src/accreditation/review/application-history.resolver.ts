// OrganizerApplication.history and .hasPhoto: the application's audit entries, oldest first, with the organizer
// who made each change. The application itself was read through the queue's scope check, so its
// history is as visible as it is; ask for it on one application at a time (one query each).
import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Database } from '@caravan/db';
import { DATABASE } from '../../config/config.tokens.js';
import { ApplicationHistoryEntryModel } from './models/application-history.model.js';
import { OrganizerApplicationModel } from './models/organizer-application.model.js';

interface RecordedChange {
  status?: unknown;
  reason?: unknown;
  by?: unknown;
}

const textOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

@Resolver(() => OrganizerApplicationModel)
export class ApplicationHistoryResolver {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  @ResolveField('hasPhoto', () => Boolean, { description: 'Whether the participant uploaded a photo; GET /review/applications/<id>/photo serves it to the same readers.' })
  async hasPhoto(@Parent() application: OrganizerApplicationModel): Promise<boolean> {
    const row = await this.database.prisma.application.findUnique({ where: { id: application.id }, select: { photoKey: true } });
    return Boolean(row?.photoKey);
  }

  @ResolveField('history', () => [ApplicationHistoryEntryModel], { description: 'Recorded changes of the application (submission, decisions, promotions), oldest first.' })
  async history(@Parent() application: OrganizerApplicationModel): Promise<ApplicationHistoryEntryModel[]> {
    const entries = await this.database.prisma.auditEntry.findMany({
      where: { entityType: 'Application', entityId: application.id },
      orderBy: { at: 'asc' },
      select: { at: true, action: true, actorId: true, after: true },
    });
    const actorIds = [...new Set(entries.flatMap((entry) => (entry.actorId ? [entry.actorId] : [])))];
    const actors = new Map(
      (await this.database.prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true, email: true } })).map((user) => [user.id, user]),
    );
    return entries.map((entry) => {
      const after = (entry.after ?? {}) as RecordedChange;
      const actor = entry.actorId ? actors.get(entry.actorId) : undefined;
      return {
        at: entry.at.toISOString(),
        action: entry.action,
        status: textOrNull(after.status),
        reason: textOrNull(after.reason),
        by: textOrNull(after.by),
        actorName: actor?.displayName ?? null,
        actorEmail: actor?.email ?? null,
      };
    });
  }
}
