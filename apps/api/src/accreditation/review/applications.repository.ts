// Reads of an edition's applications for its organizers, always within a review scope (the
// categories the reader may handle). The list, the counts and the CSV export read through here.
import { Inject, Injectable } from '@nestjs/common';
import type { ApplicationStatus, Database, Prisma } from '@caravan/db';
import { APPLICATION_STATUSES } from '@caravan/forums/registration';
import { DATABASE } from '../../config/config.tokens.js';
import type { CursorPosition } from '../../common/pagination/cursor.js';
import type { ApplicationFilter } from './application-filter.js';
import { categoryKindWhere, type ReviewScope } from './review-scope.js';

const ROW_SELECT = {
  id: true,
  reference: true,
  status: true,
  email: true,
  givenName: true,
  familyName: true,
  citizenship: true,
  organization: true,
  language: true,
  delegationId: true,
  outlet: true,
  mediaRole: true,
  answers: true,
  submittedAt: true,
  waitlistedAt: true,
  decidedAt: true,
  decisionReason: true,
  createdAt: true,
  version: true,
  category: { select: { slug: true, kind: true } },
  delegation: { select: { countryCode: true } },
} satisfies Prisma.ApplicationSelect;

export type ReviewRow = Prisma.ApplicationGetPayload<{ select: typeof ROW_SELECT }>;

export interface EditionRef {
  id: string;
  seriesId: string;
  number: number;
  seriesSlug: string;
}

export interface ApplicationCountRow {
  category: string;
  status: ApplicationStatus;
  count: number;
}

function whereOf(editionId: string, kinds: ReviewScope, filter: ApplicationFilter): Prisma.ApplicationWhereInput {
  const kind = categoryKindWhere(kinds);
  const text = filter.text;
  return {
    editionId,
    ...(kind !== undefined || filter.categories ? { category: { ...(kind !== undefined ? { kind } : {}), ...(filter.categories ? { slug: { in: filter.categories } } : {}) } } : {}),
    ...(filter.statuses ? { status: { in: filter.statuses } } : {}),
    ...(filter.delegationId ? { delegationId: filter.delegationId } : {}),
    ...(filter.citizenship ? { citizenship: filter.citizenship } : {}),
    ...(text
      ? {
          OR: [
            { givenName: { contains: text, mode: 'insensitive' } },
            { familyName: { contains: text, mode: 'insensitive' } },
            { email: { contains: text, mode: 'insensitive' } },
            { organization: { contains: text, mode: 'insensitive' } },
            { outlet: { contains: text, mode: 'insensitive' } },
            { reference: { contains: text, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
}

/** Newest first; the id breaks ties, so the order is total and a cursor resumes exactly. */
const ORDER: Prisma.ApplicationOrderByWithRelationInput[] = [{ createdAt: 'desc' }, { id: 'desc' }];

function after(position: CursorPosition | null): Prisma.ApplicationWhereInput {
  if (position === null) return {};
  const at = new Date(position.key);
  return { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: position.id } }] };
}

@Injectable()
export class ApplicationsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async edition(editionId: string): Promise<EditionRef | null> {
    const row = await this.db.prisma.edition.findUnique({ where: { id: editionId }, select: { id: true, seriesId: true, number: true, series: { select: { slug: true } } } });
    return row && { id: row.id, seriesId: row.seriesId, number: row.number, seriesSlug: row.series.slug };
  }

  async editionByNumber(seriesSlug: string, number: number): Promise<EditionRef | null> {
    const row = await this.db.prisma.edition.findFirst({ where: { number, series: { slug: seriesSlug } }, select: { id: true } });
    return row && this.edition(row.id);
  }

  async page(editionId: string, kinds: ReviewScope, filter: ApplicationFilter, take: number, position: CursorPosition | null): Promise<{ rows: ReviewRow[]; totalCount: number }> {
    const where = whereOf(editionId, kinds, filter);
    const [rows, totalCount] = await Promise.all([
      this.db.prisma.application.findMany({ where: { AND: [where, after(position)] }, orderBy: ORDER, take, select: ROW_SELECT }),
      this.db.prisma.application.count({ where }),
    ]);
    return { rows, totalCount };
  }

  /** Every application within the scope, in the list's order (the CSV export). */
  all(editionId: string, kinds: ReviewScope): Promise<ReviewRow[]> {
    return this.db.prisma.application.findMany({ where: whereOf(editionId, kinds, {}), orderBy: ORDER, select: ROW_SELECT });
  }

  async counts(editionId: string, kinds: ReviewScope): Promise<ApplicationCountRow[]> {
    const kind = categoryKindWhere(kinds);
    const [groups, categories] = await Promise.all([
      this.db.prisma.application.groupBy({ by: ['categoryId', 'status'], where: whereOf(editionId, kinds, {}), _count: { _all: true } }),
      this.db.prisma.accreditationCategory.findMany({ where: { editionId, ...(kind !== undefined ? { kind } : {}) }, select: { id: true, slug: true }, orderBy: [{ position: 'asc' }, { slug: 'asc' }] }),
    ]);
    const slugOf = new Map(categories.map((category) => [category.id, category.slug]));
    const order = new Map(categories.map((category, index) => [category.slug, index]));
    return groups
      .map((group) => ({ category: slugOf.get(group.categoryId) ?? group.categoryId, status: group.status, count: group._count._all }))
      .sort((a, b) => (order.get(a.category) ?? 0) - (order.get(b.category) ?? 0) || APPLICATION_STATUSES.indexOf(a.status) - APPLICATION_STATUSES.indexOf(b.status));
  }
}
