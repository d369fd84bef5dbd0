// Bounded context: the programme of an edition (sessions, speakers, rooms, tracks).
import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module.js';
import { ProgrammeRepository } from './programme.repository.js';
import { PersonSessionsResolver, SessionResolver } from './programme.resolver.js';
import { ProgrammeService } from './programme.service.js';

@Module({
  imports: [PeopleModule],
  providers: [ProgrammeRepository, ProgrammeService, SessionResolver, PersonSessionsResolver],
  exports: [ProgrammeService],
})
export class ProgrammeModule {}
