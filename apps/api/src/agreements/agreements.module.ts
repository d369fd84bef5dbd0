// Bounded context: agreements signed at editions, their parties, milestones and statistics.
import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { EditionsModule } from '../editions/editions.module.js';
import { PeopleModule } from '../people/people.module.js';
import { ProgrammeModule } from '../programme/programme.module.js';
import { AgreementsRepository } from './agreements.repository.js';
import {
  AgreementCountryTallyResolver,
  AgreementMilestoneResolver,
  AgreementPartyResolver,
  AgreementsResolver,
  EditionAgreementsResolver,
} from './agreements.resolver.js';
import { AgreementsService } from './agreements.service.js';

@Module({
  imports: [CatalogueModule, PeopleModule, ProgrammeModule, EditionsModule],
  providers: [
    AgreementsRepository,
    AgreementsService,
    AgreementsResolver,
    EditionAgreementsResolver,
    AgreementPartyResolver,
    AgreementMilestoneResolver,
    AgreementCountryTallyResolver,
  ],
})
export class AgreementsModule {}
