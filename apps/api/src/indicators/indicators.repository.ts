// Reads of indicators and their values. An indicator tied to a series is visible only while
// that series is published; one tied to no series is visible everywhere.
import { Inject, Injectable } from '@nestjs/common';
import type { Database, Indicator, IndicatorValue, Prisma } from '@caravan/db';
import { visible, VISITOR } from '@caravan/db/read-models';
import { DATABASE } from '../config/config.tokens.js';

export type IndicatorRow = Indicator;
export type IndicatorValueRow = IndicatorValue;

@Injectable()
export class IndicatorsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  list(query: { seriesSlug: string | null; country: string | null }): Promise<IndicatorRow[]> {
    const where: Prisma.IndicatorWhereInput = {
      AND: [
        visible('indicator', VISITOR),
        { ...(query.seriesSlug !== null ? { series: { slug: query.seriesSlug } } : {}), ...(query.country !== null ? { countryCodes: { has: query.country } } : {}) },
      ],
    };
    return this.db.prisma.indicator.findMany({ where, orderBy: [{ slug: 'asc' }] });
  }

  bySeriesIds(seriesIds: readonly string[]): Promise<IndicatorRow[]> {
    return this.db.prisma.indicator.findMany({ where: { AND: [visible('indicator', VISITOR), { seriesId: { in: [...seriesIds] } }] }, orderBy: [{ slug: 'asc' }] });
  }

  valuesByIndicatorIds(ids: readonly string[]): Promise<IndicatorValueRow[]> {
    return this.db.prisma.indicatorValue.findMany({
      where: { indicatorId: { in: [...ids] } },
      orderBy: [{ periodStart: 'asc' }, { periodEnd: 'asc' }, { period: 'asc' }],
    });
  }
}
