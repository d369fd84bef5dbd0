// Reads of published statements by published people at published editions of published series.
import { Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma, Statement } from '@caravan/db';
import { visible, VISITOR } from '@caravan/db/read-models';
import { DATABASE } from '../config/config.tokens.js';
import type { CursorPosition } from '../common/pagination/cursor.js';

export type StatementRow = Statement;

export interface StatementQuery {
  seriesSlug: string;
  editionNumber: number | null;
  personSlug: string | null;
}


@Injectable()
export class StatementsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** A page in id order (statements have no natural key), and how many match overall. */
  async page(query: StatementQuery, take: number, after: CursorPosition | null): Promise<{ rows: StatementRow[]; totalCount: number }> {
    const where: Prisma.StatementWhereInput = {
      AND: [
        visible('statement', VISITOR),
        {
          edition: { series: { slug: query.seriesSlug }, ...(query.editionNumber !== null ? { number: query.editionNumber } : {}) },
          ...(query.personSlug !== null ? { person: { slug: query.personSlug } } : {}),
        },
      ],
    };
    const [rows, totalCount] = await Promise.all([
      this.db.prisma.statement.findMany({ where: { AND: [where, after ? { id: { gt: after.id } } : {}] }, orderBy: { id: 'asc' }, take }),
      this.db.prisma.statement.count({ where }),
    ]);
    return { rows, totalCount };
  }

  byEditionIds(editionIds: readonly string[]): Promise<StatementRow[]> {
    return this.db.prisma.statement.findMany({ where: { AND: [visible('statement', VISITOR), { editionId: { in: [...editionIds] } }] }, orderBy: { id: 'asc' } });
  }
}
