// GraphQL type Delegation.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Delegation', { description: "A country's (or province's) delegation to an edition." })
export class DelegationModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => Int, { description: 'Position in the protocol order, lowest first.' })
  protocolOrder: number;
}
