// GraphQL type EditionParticipation: how many took part in one edition.
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('EditionParticipation', { description: 'Participation figures of one published edition, counted in the database.' })
export class EditionParticipationModel {
  @Field(() => Int, { description: 'Edition number.' })
  number: number;

  editionId: string;

  @Field(() => Int, { description: 'Published delegations.' })
  delegations: number;

  @Field(() => Int, { description: 'Distinct published people speaking in published sessions.' })
  speakers: number;

  @Field(() => Int, { description: 'Published sessions.' })
  sessions: number;

  @Field(() => Int, { description: 'Published agreements.' })
  agreements: number;

  @Field(() => Int, { nullable: true, description: 'Reported number of participants, if any.' })
  attendance: number | null;
}
