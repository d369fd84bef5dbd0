// GraphQL type Statement: what a speaker said at an edition, summarized.
import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Statement } from '@caravan/db';
import { connectionType } from '../../common/pagination/connection.model.js';

@ObjectType('Statement', { description: 'A summary of what a person said at an edition.' })
export class StatementModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;
}

export const StatementConnection = connectionType<Statement>(StatementModel, 'Statement', 'statements');
