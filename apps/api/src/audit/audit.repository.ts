// Audit rows: written inside the caller's transaction, read one series at a time.
import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type AuditEntry, type Database } from '@caravan/db';
import { DATABASE } from '../config/config.tokens.js';
import type { AuditJson, AuditRecordInput } from './audit-entry.js';
import type { AuditPosition } from './audit-cursor.js';

export type AuditRow = AuditEntry;

export interface AuditScope {
  seriesId: string;
}

const json = (value: AuditJson | undefined): Prisma.InputJsonValue | typeof Prisma.DbNull =>
  value === undefined || value === null ? Prisma.DbNull : value;

@Injectable()
export class AuditRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  insert(tx: Prisma.TransactionClient, entry: AuditRecordInput): Promise<AuditRow> {
    return tx.auditEntry.create({
      data: {
        seriesId: entry.seriesId,
        editionId: entry.editionId ?? null,
        actorId: entry.actorId,
        clientAddressHash: entry.clientAddressHash ?? null,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        before: json(entry.before),
        after: json(entry.after),
      },
    });
  }

  /** Newest first; `take` rows after the cursor position. */
  page(scope: AuditScope, take: number, after: AuditPosition | null): Promise<AuditRow[]> {
    return this.db.prisma.auditEntry.findMany({
      where: {
        seriesId: scope.seriesId,
        ...(after ? { OR: [{ at: { lt: after.at } }, { at: after.at, id: { lt: after.id } }] } : {}),
      },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take,
    });
  }

  /** Whether each of these agreements is confidential or unpublished now (deleted ones are absent). */
  agreementFlags(ids: readonly string[]): Promise<{ id: string; confidential: boolean; published: boolean }[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.prisma.agreement.findMany({ where: { id: { in: [...ids] } }, select: { id: true, confidential: true, published: true } });
  }

  seriesIdBySlug(slug: string): Promise<{ id: string } | null> {
    return this.db.prisma.series.findUnique({ where: { slug }, select: { id: true } });
  }

  actorsByIds(ids: readonly string[]): Promise<{ id: string; email: string; displayName: string }[]> {
    return this.db.prisma.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, email: true, displayName: true } });
  }
}
