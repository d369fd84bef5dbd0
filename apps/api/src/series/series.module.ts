// Bounded context: forum series, the tenants of the platform.
import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { EditionsModule } from '../editions/editions.module.js';
import { PeopleModule } from '../people/people.module.js';
import { SeriesRepository } from './series.repository.js';
import { EditionSeriesResolver, SeriesResolver } from './series.resolver.js';
import { SeriesService } from './series.service.js';

@Module({
  imports: [CatalogueModule, PeopleModule, EditionsModule],
  providers: [SeriesRepository, SeriesService, SeriesResolver, EditionSeriesResolver],
})
export class SeriesModule {}
