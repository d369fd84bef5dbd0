// Write side of statements: create, update, publish, unpublish and delete.
import { Module } from '@nestjs/common';
import { ManageCommonModule } from '../common/manage-common.module.js';
import { StatementMutations } from './statements.mutations.js';
import { StatementsWriter } from './statements.writer.js';

@Module({ imports: [ManageCommonModule], providers: [StatementMutations, StatementsWriter] })
export class ManageStatementsModule {}
