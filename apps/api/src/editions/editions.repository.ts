// Reads of visible editions.
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import { visible, VISITOR } from '@caravan/db/read-models';
import { DATABASE } from '../config/config.tokens.js';
import type { EditionRow } from '../common/db-rows.js';

export interface ParticipationRow {
  editionId: string;
  number: number;
  attendance: number | null;
  delegations: number;
  speakers: number;
  sessions: number;
  agreements: number;
}

@Injectable()
export class EditionsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  findPublished(seriesSlug: string, number: number): Promise<EditionRow | null> {
    return this.db.prisma.edition.findFirst({ where: { AND: [visible('edition', VISITOR), { number, series: { slug: seriesSlug } }] } });
  }

  /** Editions by id, only when both the edition and its series are visible. */
  publishedByIds(ids: readonly string[]): Promise<EditionRow[]> {
    return this.db.prisma.edition.findMany({ where: { id: { in: [...ids] }, ...visible('edition', VISITOR) } });
  }

  publishedBySeriesIds(seriesIds: readonly string[]): Promise<EditionRow[]> {
    return this.db.prisma.edition.findMany({
      where: { seriesId: { in: [...seriesIds] }, ...visible('edition', VISITOR) },
      orderBy: { number: 'desc' },
    });
  }

  /** Per published edition of a published series, newest first: counts of what visitors can see. */
  participation(seriesSlug: string): Promise<ParticipationRow[]> {
    // One statement: the counts are aggregates PostgreSQL does best; the visibility rules are the
    // ones of @caravan/db/read-models (published all the way up, published people only).
    return this.db.prisma.$queryRaw<ParticipationRow[]>`
      SELECT e.id AS "editionId", e.number, e.attendance,
        (SELECT COUNT(*) FROM "Delegation" d WHERE d."editionId" = e.id AND d.published)::int AS delegations,
        (SELECT COUNT(DISTINCT sp."personId") FROM "SessionParticipant" sp
           JOIN "Session" ss ON ss.id = sp."sessionId"
           JOIN "Person" p ON p.id = sp."personId"
          WHERE ss."editionId" = e.id AND ss.published AND p.published)::int AS speakers,
        (SELECT COUNT(*) FROM "Session" ss WHERE ss."editionId" = e.id AND ss.published)::int AS sessions,
        (SELECT COUNT(*) FROM "Agreement" a WHERE a."editionId" = e.id AND a.published)::int AS agreements
      FROM "Edition" e JOIN "Series" s ON s.id = e."seriesId"
      WHERE s.slug = ${seriesSlug} AND s.published AND e.published
      ORDER BY e.number DESC`;
  }
}
