// GraphQL type Edition: one gathering of a series, e.g. the 11th China–Central Asia forum.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EditionStatus } from '../../common/graphql/enums.js';

@ObjectType('Edition', { description: 'One gathering of a forum series, with its programme and delegations.' })
export class EditionModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => Int, { description: 'Ordinal within the series (1 for the first forum).' })
  number: number;

  @Field(() => EditionStatus, { description: 'Where the edition stands.' })
  status: EditionStatus;

  @Field({ description: 'IANA time zone of the host city; local dates and times use it.' })
  timeZone: string;

  @Field(() => [String], { description: 'Working languages (BCP 47).' })
  workingLanguages: string[];

  @Field(() => Int, { nullable: true, description: 'Reported number of participants.' })
  attendance: number | null;
}
