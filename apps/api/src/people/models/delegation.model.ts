// GraphQL type Delegation.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Delegation', { description: "A country's (or province's) delegation to an edition." })
export class DelegationModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => Int, { description: 'Edit version, raised by each update. Pass it to the update mutation as expectedVersion to have a stale edit refused (STALE_EDIT).' })
  version: number;

  @Field(() => Int, { description: 'Position in the protocol order, lowest first.' })
  protocolOrder: number;
}
