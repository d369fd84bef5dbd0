// Reads of visible series and their member countries.
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import { visible, VISITOR } from '@caravan/db/read-models';
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
    return this.db.prisma.series.findMany({ where: visible('series', VISITOR) });
  }

  publishedBySlug(slug: string): Promise<SeriesRow | null> {
    return this.db.prisma.series.findFirst({ where: { slug, ...visible('series', VISITOR) } });
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
