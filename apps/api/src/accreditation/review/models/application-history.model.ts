// One recorded change of an application, as its organizers see it in the queue's detail view.
import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('ApplicationHistoryEntry', { description: 'One recorded change of an application: when, what, by whom and why, oldest first.' })
export class ApplicationHistoryEntryModel {
  @Field({ description: 'When the change was recorded (ISO 8601).' })
  at: string;

  @Field({ description: 'What was recorded: create or update.' })
  action: string;

  @Field(() => String, { nullable: true, description: 'The status the application reached, when the change moved it.' })
  status: string | null;

  @Field(() => String, { nullable: true, description: 'The reason given with the change, if any.' })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'Who made it: OFFICER, PARTICIPANT or SYSTEM (a promotion from the waitlist), when recorded.' })
  by: string | null;

  @Field(() => String, { nullable: true, description: 'Display name of the organizer who made it; null for the participant or the system.' })
  actorName: string | null;

  @Field(() => String, { nullable: true, description: 'Email of the organizer who made it; null for the participant or the system.' })
  actorEmail: string | null;
}
