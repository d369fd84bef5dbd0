// Reads of published agreements, scoped to a published series (and edition): pages in slug
// order, their parties and milestones, and the aggregates behind agreementStats.
import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type Agreement, type AgreementMilestone, type AgreementParty, type Database } from '@caravan/db';
import { visible, VISITOR } from '@caravan/db/read-models';
import { DATABASE } from '../config/config.tokens.js';
import type { CursorPosition } from '../common/pagination/cursor.js';
import type { AgreementFilter } from './dto/agreement-filter.input.js';

export type AgreementRow = Agreement;
export type AgreementPartyRow = AgreementParty;
export type AgreementMilestoneRow = AgreementMilestone;

/** Which agreements a query may see: those of one published series, or of one edition. */
export type AgreementScope = { seriesSlug: string; editionNumber?: number | null } | { editionId: string };

export interface TypeGroup {
  type: Agreement['type'];
  confidential: boolean;
  currency: string | null;
  count: number;
  valued: number;
  amount: Prisma.Decimal | null;
}

export interface CountryGroup {
  countryCode: string;
  confidential: boolean;
  currency: string | null;
  count: number;
  valued: number;
  amount: string | null;
}

@Injectable()
export class AgreementsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  private async where(scope: AgreementScope, filter: AgreementFilter): Promise<Prisma.AgreementWhereInput> {
    const edition: Prisma.EditionWhereInput =
      'editionId' in scope
        ? { id: scope.editionId }
        : { series: { slug: scope.seriesSlug }, ...(scope.editionNumber != null ? { number: scope.editionNumber } : {}) };
    if (filter.editions?.length) edition.number = { in: filter.editions };
    const where: Prisma.AgreementWhereInput = { AND: [visible('agreement', VISITOR), { edition }] };
    if (filter.types?.length) where.type = { in: filter.types };
    if (filter.statuses?.length) where.status = { in: filter.statuses };
    if (filter.track) where.track = { slug: filter.track };
    if (filter.country) {
      // Parties point at subnational units without a relation, so resolve the country's units first.
      const units = await this.db.prisma.subnationalUnit.findMany({ where: { countryCode: filter.country }, select: { id: true } });
      where.parties = {
        some: { OR: [{ countryCode: filter.country }, { subdivisionId: { in: units.map((u) => u.id) } }] },
      };
    }
    return where;
  }

  /** Up to `take` agreements after `after` in (slug, id) order, and how many match overall. */
  async page(scope: AgreementScope, filter: AgreementFilter, take: number, after: CursorPosition | null): Promise<{ rows: AgreementRow[]; totalCount: number }> {
    const where = await this.where(scope, filter);
    const afterWhere: Prisma.AgreementWhereInput = after
      ? { OR: [{ slug: { gt: after.key } }, { slug: after.key, id: { gt: after.id } }] }
      : {};
    const [rows, totalCount] = await Promise.all([
      this.db.prisma.agreement.findMany({ where: { AND: [where, afterWhere] }, orderBy: [{ slug: 'asc' }, { id: 'asc' }], take }),
      this.db.prisma.agreement.count({ where }),
    ]);
    return { rows, totalCount };
  }

  /** The published agreement of that slug at that edition of a published series, or null. */
  async bySlug(seriesSlug: string, editionNumber: number, slug: string): Promise<AgreementRow | null> {
    const where = await this.where({ seriesSlug, editionNumber }, {});
    return this.db.prisma.agreement.findFirst({ where: { AND: [where, { slug }] } });
  }

  partiesByAgreementIds(ids: readonly string[]): Promise<AgreementPartyRow[]> {
    return this.db.prisma.agreementParty.findMany({
      where: { agreementId: { in: [...ids] } },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    });
  }

  milestonesByAgreementIds(ids: readonly string[]): Promise<AgreementMilestoneRow[]> {
    return this.db.prisma.agreementMilestone.findMany({
      where: { agreementId: { in: [...ids] } },
      orderBy: [{ date: 'asc' }, { id: 'asc' }],
    });
  }

  /** Counts and value sums per (type, confidential, currency), in one GROUP BY. */
  async groupsByType(scope: AgreementScope): Promise<TypeGroup[]> {
    const groups = await this.db.prisma.agreement.groupBy({
      by: ['type', 'confidential', 'currency'],
      where: await this.where(scope, {}),
      _count: { _all: true, valueAmount: true },
      _sum: { valueAmount: true },
      orderBy: [{ type: 'asc' }, { confidential: 'asc' }, { currency: 'asc' }],
    });
    return groups.map((g) => ({
      type: g.type,
      confidential: g.confidential,
      currency: g.currency,
      count: g._count._all,
      valued: g._count.valueAmount,
      amount: g._sum.valueAmount,
    }));
  }

  /**
   * Counts and value sums per (party country, confidential, currency). A party counts for its
   * own country or its subnational unit's; an agreement counts once per distinct country.
   */
  async groupsByCountry(scope: AgreementScope): Promise<CountryGroup[]> {
    const scopeSql =
      'editionId' in scope
        ? Prisma.sql`e.id = ${scope.editionId}`
        : scope.editionNumber != null
          ? Prisma.sql`s.slug = ${scope.seriesSlug} AND e.number = ${scope.editionNumber}`
          : Prisma.sql`s.slug = ${scope.seriesSlug}`;
    const rows = await this.db.prisma.$queryRaw<{ country: string; confidential: boolean; currency: string | null; count: number; valued: number; amount: string | null }[]>`
      WITH scoped AS (
        SELECT a.id, a.confidential, a.currency, a."valueAmount"
        FROM "Agreement" a
        JOIN "Edition" e ON e.id = a."editionId"
        JOIN "Series" s ON s.id = e."seriesId"
        WHERE a.published AND e.published AND s.published AND ${scopeSql}
      ), party_country AS (
        SELECT DISTINCT p."agreementId", COALESCE(p."countryCode", u."countryCode") AS country
        FROM "AgreementParty" p
        LEFT JOIN "SubnationalUnit" u ON u.id = p."subdivisionId"
        WHERE p."agreementId" IN (SELECT id FROM scoped)
      )
      SELECT pc.country, a.confidential, a.currency,
             COUNT(*)::int AS count, COUNT(a."valueAmount")::int AS valued, SUM(a."valueAmount")::text AS amount
      FROM party_country pc JOIN scoped a ON a.id = pc."agreementId"
      WHERE pc.country IS NOT NULL
      GROUP BY pc.country, a.confidential, a.currency
      ORDER BY pc.country, a.confidential, a.currency`;
    return rows.map((r) => ({ countryCode: r.country, confidential: r.confidential, currency: r.currency, count: r.count, valued: r.valued, amount: r.amount }));
  }
}
