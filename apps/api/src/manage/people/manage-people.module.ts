// Write side of people: create, update, publish and unpublish, owned by a series.
import { Module } from '@nestjs/common';
import { ManageCommonModule } from '../common/manage-common.module.js';
import { PeopleMutations } from './people.mutations.js';
import { PeopleWriter } from './people.writer.js';

@Module({ imports: [ManageCommonModule], providers: [PeopleMutations, PeopleWriter] })
export class ManagePeopleModule {}
