// A text shown to visitors, already resolved to one language.
import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A visitor-facing text in the language the query asked for, or the nearest one available.' })
export class LocalizedString {
  @Field({ description: 'The text itself.' })
  text: string;

  @Field({ description: 'BCP 47 tag of the language the text is actually in.' })
  language: string;

  @Field({ description: 'True when the requested language was not available and another one was used.' })
  fallback: boolean;
}
