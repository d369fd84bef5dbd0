// GraphQL inputs of the statement mutations; validated with ZStatementInput from @caravan/forums.
import { Field, InputType } from '@nestjs/graphql';
import { LocalizedTextInput } from '../../common/localized-text.input.js';

@InputType({ description: 'What a person said at an edition, summarized in your own words (never a quotation).' })
export class CreateStatementInput {
  @Field({ description: 'Slug of the person who spoke (of this series, shared, or published by another series).' })
  person: string;

  @Field(() => String, { nullable: true, description: 'Slug of the session of this edition where it was said.' })
  session?: string | null;

  @Field(() => [LocalizedTextInput], { description: 'The summary, at least in English.' })
  summary: LocalizedTextInput[];

  @Field(() => Boolean, { nullable: true, description: 'Visible to visitors right away; false (a draft) when left out.' })
  published?: boolean | null;
}

@InputType({ description: 'Changes to a statement: a field left out keeps its value; null clears the session.' })
export class UpdateStatementInput {
  @Field(() => String, { nullable: true, description: 'Slug of the person who spoke.' })
  person?: string | null;

  @Field(() => String, { nullable: true, description: 'Slug of the session of this edition; null clears it.' })
  session?: string | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'The summary, at least in English (replaces all languages).' })
  summary?: LocalizedTextInput[] | null;
}
