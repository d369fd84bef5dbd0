// Write side of statements: create, update, publish, unpublish and delete.
import { Module } from '@nestjs/common';
import { StatementMutations } from './statements.mutations.js';
import { StatementsWriter } from './statements.writer.js';

@Module({ providers: [StatementMutations, StatementsWriter] })
export class ManageStatementsModule {}
