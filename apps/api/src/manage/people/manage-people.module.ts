// Write side of people: create, update, publish and unpublish, owned by a series.
import { Module } from '@nestjs/common';
import { PeopleMutations } from './people.mutations.js';
import { PeopleWriter } from './people.writer.js';

@Module({ providers: [PeopleMutations, PeopleWriter] })
export class ManagePeopleModule {}
