// GraphQL type Person.
import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PersonRow } from '../../common/db-rows.js';
import { connectionType } from '../../common/pagination/connection.model.js';

@ObjectType('Person', { description: 'A speaker, moderator or delegate.' })
export class PersonModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'URL-friendly identifier.' })
  slug: string;
}

export const PersonConnection = connectionType<PersonRow>(PersonModel, 'Person', 'people');
