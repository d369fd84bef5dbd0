// Write side of delegations: create, update, members, publish, unpublish and delete.
import { Module } from '@nestjs/common';
import { ManageCommonModule } from '../common/manage-common.module.js';
import { DelegationMutations } from './delegations.mutations.js';
import { DelegationsWriter } from './delegations.writer.js';

@Module({ imports: [ManageCommonModule], providers: [DelegationMutations, DelegationsWriter] })
export class ManageDelegationsModule {}
