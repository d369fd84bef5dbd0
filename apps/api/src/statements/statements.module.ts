// Bounded context: statements made by speakers at editions.
import { Module } from '@nestjs/common';
import { EditionsModule } from '../editions/editions.module.js';
import { PeopleModule } from '../people/people.module.js';
import { ProgrammeModule } from '../programme/programme.module.js';
import { StatementsRepository } from './statements.repository.js';
import { EditionStatementsResolver, StatementsResolver } from './statements.resolver.js';
import { StatementsService } from './statements.service.js';

@Module({
  imports: [PeopleModule, ProgrammeModule, EditionsModule],
  providers: [StatementsRepository, StatementsService, StatementsResolver, EditionStatementsResolver],
})
export class StatementsModule {}
