// Bounded context: reported indicators (trade, investment) and their values.
import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { IndicatorsRepository } from './indicators.repository.js';
import { EditionIndicatorsResolver, IndicatorsResolver } from './indicators.resolver.js';
import { IndicatorsService } from './indicators.service.js';

@Module({
  imports: [CatalogueModule],
  providers: [IndicatorsRepository, IndicatorsService, IndicatorsResolver, EditionIndicatorsResolver],
})
export class IndicatorsModule {}
