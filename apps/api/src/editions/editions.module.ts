// Bounded context: editions of a series.
import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { PeopleModule } from '../people/people.module.js';
import { ProgrammeModule } from '../programme/programme.module.js';
import { EditionsRepository } from './editions.repository.js';
import { EditionParticipationResolver, EditionsResolver } from './editions.resolver.js';
import { EditionsService } from './editions.service.js';
import { OrganizerEditionsResolver } from './organizer-editions.resolver.js';

@Module({
  imports: [CatalogueModule, PeopleModule, ProgrammeModule],
  providers: [EditionsRepository, EditionsService, EditionsResolver, EditionParticipationResolver, OrganizerEditionsResolver],
  exports: [EditionsService],
})
export class EditionsModule {}
