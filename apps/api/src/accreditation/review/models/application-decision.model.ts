// The outcome of one id of a batch decision.
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ApplicationStatus } from '../../../common/graphql/enums.js';

@ObjectType('ApplicationDecision', {
  description: 'What a decision did to one application of the batch: its status after it, or why it stayed as it was.',
})
export class ApplicationDecisionModel {
  @Field(() => ID, { description: 'The application id as given.' })
  id: string;

  @Field(() => ApplicationStatus, { nullable: true, description: 'The status after the decision (unchanged when it failed); null for an id that is not an application.' })
  status: ApplicationStatus | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Null when the decision was made; else its code: CATEGORY_FULL, MEDIA_QUOTA_FULL, NOT_FOUND, STALE_EDIT (changed meanwhile), APPLICATION_TRANSITION_REFUSED (not from this status), APPLICATION_REASON_REQUIRED.',
  })
  error: string | null;

  @Field(() => String, { nullable: true, description: 'What went wrong, for a person; null when the decision was made.' })
  message: string | null;

  @Field(() => [ID], { description: 'Applications promoted from the waitlist into the place this decision freed.' })
  promoted: string[];
}
