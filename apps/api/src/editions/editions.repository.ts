// Reads of published editions.
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import { DATABASE } from '../config/config.tokens.js';
import type { EditionRow } from '../common/db-rows.js';

@Injectable()
export class EditionsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  findPublished(seriesSlug: string, number: number): Promise<EditionRow | null> {
    return this.db.prisma.edition.findFirst({
      where: { number, published: true, series: { slug: seriesSlug, published: true } },
    });
  }

  publishedBySeriesIds(seriesIds: readonly string[]): Promise<EditionRow[]> {
    return this.db.prisma.edition.findMany({
      where: { seriesId: { in: [...seriesIds] }, published: true },
      orderBy: { number: 'desc' },
    });
  }
}
