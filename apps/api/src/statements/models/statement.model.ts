// GraphQL type Statement: what a speaker said at an edition, summarized.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedString } from '../../common/localized/localized-string.model.js';
import { connectionType } from '../../common/pagination/connection.model.js';
import type { StatementView } from '../statements.views.js';

@ObjectType('Statement', { description: 'A summary of what a person said at an edition.' })
export class StatementModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => Int, { description: 'Edit version, raised by each update. Pass it to the update mutation as expectedVersion to have a stale edit refused (STALE_EDIT).' })
  version: number;

  @Field(() => LocalizedString, { description: 'What the person said, in a few sentences.' })
  summary: LocalizedString;
}

export const StatementConnection = connectionType<StatementView>(StatementModel, 'Statement', 'statements');
