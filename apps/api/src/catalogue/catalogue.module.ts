// Bounded context: the public catalogue of regions, countries and subnational units.
import { Module } from '@nestjs/common';
import { CatalogueRepository } from './catalogue.repository.js';
import { CountryResolver, RegionResolver, SubnationalUnitResolver } from './catalogue.resolver.js';
import { CatalogueService } from './catalogue.service.js';

@Module({
  providers: [CatalogueRepository, CatalogueService, RegionResolver, CountryResolver, SubnationalUnitResolver],
  exports: [CatalogueService],
})
export class CatalogueModule {}
