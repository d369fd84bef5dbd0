import { Field, ID, InputType } from '@nestjs/graphql';
import { JSONScalar as GraphQLJSON } from '../../common/graphql/json.scalar.js';

@InputType('SubmitApplicationInput', { description: 'An application for a category of an edition, submitted or saved as a draft.' })
export class SubmitApplicationInput {
  @Field(() => ID, { description: 'The edition (EditionRegistration.editionId).' })
  editionId!: string;

  @Field({ description: 'The category slug (one with public sign-up).' })
  category!: string;

  @Field({ description: "The participant's language (BCP 47): it chooses the mail's template." })
  language!: string;

  @Field(() => GraphQLJSON, { description: 'The answers (RegistrationSubmission shape: givenName, familyName, citizenship, email, …, custom, consent, photo).' })
  answers!: unknown;

  @Field({ nullable: true, description: 'Save as a draft (to finish through the mailed link) instead of submitting.' })
  draft?: boolean;
}
