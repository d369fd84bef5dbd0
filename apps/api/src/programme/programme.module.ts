// Bounded context: the programme of an edition (sessions, speakers, rooms, tracks).
import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module.js';
import { ProgrammeRepository } from './programme.repository.js';
import { PersonSessionsResolver, RoomResolver, SessionResolver, TrackResolver } from './programme.resolver.js';
import { ProgrammeService } from './programme.service.js';

@Module({
  imports: [PeopleModule],
  providers: [ProgrammeRepository, ProgrammeService, SessionResolver, RoomResolver, TrackResolver, PersonSessionsResolver],
  exports: [ProgrammeService],
})
export class ProgrammeModule {}
