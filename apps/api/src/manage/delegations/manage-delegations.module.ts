// Write side of delegations: create, update, members, publish, unpublish and delete.
import { Module } from '@nestjs/common';
import { DelegationMutations } from './delegations.mutations.js';
import { DelegationsWriter } from './delegations.writer.js';

@Module({ providers: [DelegationMutations, DelegationsWriter] })
export class ManageDelegationsModule {}
