// GraphQL type Person.
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Person', { description: 'A speaker, moderator or delegate.' })
export class PersonModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'URL-friendly identifier.' })
  slug: string;
}
