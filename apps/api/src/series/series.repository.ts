// Reads of published series and their member countries.
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import { DATABASE } from '../config/config.tokens.js';
import type { SeriesRow } from '../common/db-rows.js';

export interface SeriesCountryLink {
  seriesId: string;
  countryCode: string;
}

@Injectable()
export class SeriesRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  allPublished(): Promise<SeriesRow[]> {
    return this.db.prisma.series.findMany({ where: { published: true } });
  }

  publishedBySlug(slug: string): Promise<SeriesRow | null> {
    return this.db.prisma.series.findFirst({ where: { slug, published: true } });
  }

  byIds(ids: readonly string[]): Promise<SeriesRow[]> {
    return this.db.prisma.series.findMany({ where: { id: { in: [...ids] } } });
  }

  countryLinks(seriesIds: readonly string[]): Promise<SeriesCountryLink[]> {
    return this.db.prisma.seriesCountry.findMany({
      where: { seriesId: { in: [...seriesIds] } },
      select: { seriesId: true, countryCode: true },
    });
  }
}
