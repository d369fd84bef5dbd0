// Reads of the public catalogue (regions, countries, subnational units). Catalogue data is
// public reference data, so no series scope applies here.
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import { DATABASE } from '../config/config.tokens.js';
import type { CountryRow, RegionRow, SubnationalUnitRow } from '../common/db-rows.js';

@Injectable()
export class CatalogueRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  allRegions(): Promise<RegionRow[]> {
    return this.db.prisma.region.findMany({ orderBy: { code: 'asc' } });
  }

  regionsByCodes(codes: readonly string[]): Promise<RegionRow[]> {
    return this.db.prisma.region.findMany({ where: { code: { in: [...codes] } } });
  }

  allCountries(): Promise<CountryRow[]> {
    return this.db.prisma.country.findMany({ orderBy: { code: 'asc' } });
  }

  countriesByCodes(codes: readonly string[]): Promise<CountryRow[]> {
    return this.db.prisma.country.findMany({ where: { code: { in: [...codes] } } });
  }

  countriesByRegionCodes(codes: readonly string[]): Promise<CountryRow[]> {
    return this.db.prisma.country.findMany({ where: { regionCode: { in: [...codes] } }, orderBy: { code: 'asc' } });
  }

  subdivisionsByIds(ids: readonly string[]): Promise<SubnationalUnitRow[]> {
    return this.db.prisma.subnationalUnit.findMany({ where: { id: { in: [...ids] } } });
  }
}
