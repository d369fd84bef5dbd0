// GraphQL type Session: one slot of an edition's programme.
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SessionKind } from '../../common/graphql/enums.js';

@ObjectType('Session', { description: 'A published slot of the programme: a plenary, panel, ceremony, ...' })
export class SessionModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'URL-friendly identifier, unique within the edition.' })
  slug: string;

  @Field(() => SessionKind, { description: 'Format of the session.' })
  kind: SessionKind;

  @Field(() => [String], { description: 'Languages spoken on the floor (BCP 47).' })
  languages: string[];

  @Field(() => [String], { description: 'Languages offered through interpretation (BCP 47).' })
  interpretation: string[];

  @Field({ description: "IANA time zone of the edition, in which the local fields are given." })
  timeZone: string;
}
