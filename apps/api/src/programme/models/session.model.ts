// GraphQL type Session: one slot of an edition's programme.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SessionKind } from '../../common/graphql/enums.js';
import { LocalizedString } from '../../common/localized/localized-string.model.js';

@ObjectType('Session', { description: 'A published slot of the programme: a plenary, panel, ceremony, ...' })
export class SessionModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => Int, { description: 'Edit version, raised by each update. Pass it to the update mutation as expectedVersion to have a stale edit refused (STALE_EDIT).' })
  version: number;

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

  // Plain fields, worked out with the view (programme.views.ts): a field without a resolver
  // costs graphql-jit a property read, where a resolver costs a call and a resolve-info object
  // per session.
  @Field(() => LocalizedString, { description: 'Title of the session.' })
  title: LocalizedString;

  @Field(() => LocalizedString, { nullable: true, description: 'What the session is about.' })
  description: LocalizedString | null;

  @Field({ description: 'Start, ISO 8601 in UTC.' })
  startsAt: string;

  @Field({ description: 'End, ISO 8601 in UTC.' })
  endsAt: string;

  @Field({ description: 'Local date at the venue, YYYY-MM-DD.' })
  localDate: string;

  @Field({ description: 'Local start time at the venue, HH:mm.' })
  localStart: string;

  @Field({ description: 'Local end time at the venue, HH:mm.' })
  localEnd: string;
}
