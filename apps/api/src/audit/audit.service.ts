// The audit trail. Every mutation calls record() with its own transaction client, so the
// change and its audit row commit or roll back together: there is no change without a row.
import { Injectable } from '@nestjs/common';
import type { Prisma } from '@caravan/db';
import { notFound } from '../common/errors/app-error.js';
import { byKey, defineLoader, type RequestContext } from '../common/graphql/request-context.js';
import { parseInput } from '../common/errors/parse-input.js';
import { AUDIT_READ, CONFIDENTIAL_READ } from '../auth/policy/actions.js';
import { can } from '../auth/policy/can.js';
import { requireScope } from '../auth/policy/require-scope.js';
import type { Viewer } from '../auth/viewer.js';
import { z } from 'zod';
import type { AuditRecordInput } from './audit-entry.js';
import { decodeCursor, encodeCursor } from './audit-cursor.js';
import { AuditRepository, type AuditRow } from './audit.repository.js';

export const MAX_PAGE_SIZE = 100;

const PageArgs = z.object({
  first: z.number().int('must be a whole number').min(1, 'must be at least 1').max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`),
  after: z.string().min(1, 'must not be empty').nullable(),
});

export interface AuditActor {
  id: string;
  email: string;
  displayName: string;
}

/** An audit row as its reader may see it: the snapshots withheld when they need "read confidential". */
export type ReadableAuditRow = AuditRow & { withheld: boolean };

export interface AuditPage {
  rows: ReadableAuditRow[];
  endCursor: string | null;
  hasNextPage: boolean;
}

const snapshotSays = (snapshot: AuditRow['before'], field: string, value: boolean): boolean =>
  typeof snapshot === 'object' && snapshot !== null && !Array.isArray(snapshot) && snapshot[field] === value;

/**
 * Whether a row is about a confidential or unpublished agreement, by its snapshots or by what the
 * agreement is now (a milestone's snapshot does not repeat the flags): such rows are for readers
 * who hold "read confidential" where the row belongs. The row keeps its snapshots, so the trail
 * stays complete for those readers.
 */
export function needsConfidentialRead(row: Pick<AuditRow, 'entityType' | 'before' | 'after'>, sensitiveNow: boolean): boolean {
  if (row.entityType !== 'Agreement') return false;
  return sensitiveNow || [row.before, row.after].some((snapshot) => snapshotSays(snapshot, 'confidential', true) || snapshotSays(snapshot, 'published', false));
}

function readableBy(viewer: Viewer, row: AuditRow, sensitiveNow: ReadonlySet<string>): ReadableAuditRow {
  if (!needsConfidentialRead(row, sensitiveNow.has(row.entityId)) || row.seriesId === null) return { ...row, withheld: false };
  if (can(viewer, CONFIDENTIAL_READ, { seriesId: row.seriesId, editionId: row.editionId })) return { ...row, withheld: false };
  return { ...row, before: null, after: null, withheld: true };
}

@Injectable()
export class AuditService {
  private readonly actorById = defineLoader<string, AuditActor | null>(async (ids) => byKey(ids, await this.repo.actorsByIds(ids), (a) => a.id));

  constructor(private readonly repo: AuditRepository) {}

  record(tx: Prisma.TransactionClient, entry: AuditRecordInput): Promise<AuditRow> {
    return this.repo.insert(tx, entry);
  }

  async trail(viewer: Viewer, seriesSlug: string, first: number, after: string | null): Promise<AuditPage> {
    const args = parseInput(PageArgs, { first, after });
    const series = await this.repo.seriesIdBySlug(seriesSlug.trim());
    // Unknown and forbidden look alike to outsiders, so nobody learns which drafts exist.
    if (series === null) {
      requireScope(viewer, AUDIT_READ, null);
      throw notFound(`Series "${seriesSlug}"`, 'Check the slug in the series list.');
    }
    requireScope(viewer, AUDIT_READ, { seriesId: series.id });
    const position = args.after === null ? null : decodeCursor(args.after);
    const rows = await this.repo.page({ seriesId: series.id }, args.first + 1, position);
    const hasNextPage = rows.length > args.first;
    const page = rows.slice(0, args.first);
    const last = page.at(-1);
    const agreementIds = [...new Set(page.filter((row) => row.entityType === 'Agreement').map((row) => row.entityId))];
    const sensitiveNow = new Set((await this.repo.agreementFlags(agreementIds)).filter((a) => a.confidential || !a.published).map((a) => a.id));
    return { rows: page.map((row) => readableBy(viewer, row, sensitiveNow)), hasNextPage, endCursor: last ? encodeCursor(last) : null };
  }

  actor(ctx: RequestContext, id: string | null): Promise<AuditActor | null> {
    return id === null ? Promise.resolve(null) : this.actorById.load(ctx, id);
  }
}
