// An application as the edition's organizers see it in their queue.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { connectionType } from '../../../common/pagination/connection.model.js';
import { AccreditationKind, ApplicationStatus, MediaRole } from '../../../common/graphql/enums.js';

@ObjectType('OrganizerApplication', { description: "An accreditation application in an organizer's queue, with the person's details and the last decision." })
export class OrganizerApplicationModel {
  @Field(() => ID, { description: 'Id of the application; pass it to the decision mutations.' })
  id: string;

  @Field({ description: 'The reference the participant quotes, e.g. CCA12-7K3M9Q.' })
  reference: string;

  @Field(() => ApplicationStatus, { description: 'Where the application stands.' })
  status: ApplicationStatus;

  @Field({ description: 'Slug of the accreditation category applied for.' })
  category: string;

  @Field(() => AccreditationKind, { description: 'The sort of category: MEDIA ones are the media centre’s.' })
  categoryKind: AccreditationKind;

  @Field({ description: 'Given name as entered.' })
  givenName: string;

  @Field({ description: 'Family name as entered.' })
  familyName: string;

  @Field({ description: 'Email address (lower-case); one application per address per edition.' })
  email: string;

  @Field({ description: 'Citizenship, ISO 3166-1 alpha-2.' })
  citizenship: string;

  @Field(() => String, { nullable: true, description: 'Organization the person represents, if given.' })
  organization: string | null;

  @Field({ description: "The participant's language; their mail is written in it." })
  language: string;

  @Field(() => ID, { nullable: true, description: 'The delegation the person registered with, if any.' })
  delegationId: string | null;

  @Field(() => String, { nullable: true, description: 'Media outlet, for media categories.' })
  outlet: string | null;

  @Field(() => MediaRole, { nullable: true, description: 'Role in the media team, for media categories.' })
  mediaRole: MediaRole | null;

  @Field({ description: 'Every answer of the form as submitted, as JSON text.' })
  answers: string;

  @Field(() => String, { nullable: true, description: 'When it was submitted (ISO 8601), null for a draft.' })
  submittedAt: string | null;

  @Field(() => String, { nullable: true, description: 'When it joined the waitlist (ISO 8601); the first waitlisted is promoted first.' })
  waitlistedAt: string | null;

  @Field(() => String, { nullable: true, description: 'When the last decision was made (ISO 8601).' })
  decidedAt: string | null;

  @Field(() => String, { nullable: true, description: 'The reason given with the last decision.' })
  decisionReason: string | null;

  @Field({ description: 'When the application was started (ISO 8601).' })
  createdAt: string;

  @Field(() => Int, { description: 'Counts changes to the application.' })
  version: number;
}

export const OrganizerApplicationConnectionModel = connectionType<OrganizerApplicationModel>(OrganizerApplicationModel, 'OrganizerApplication', 'applications');

@ObjectType('ApplicationCount', { description: 'How many applications of one category are in one status.' })
export class ApplicationCountModel {
  @Field({ description: 'Slug of the category.' })
  category: string;

  @Field(() => ApplicationStatus, { description: 'The status counted.' })
  status: ApplicationStatus;

  @Field(() => Int, { description: 'How many applications of the category are in that status.' })
  count: number;
}
