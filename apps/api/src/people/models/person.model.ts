// GraphQL type Person.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedString } from '../../common/localized/localized-string.model.js';
import { connectionType } from '../../common/pagination/connection.model.js';
import type { PersonView } from '../people.views.js';

@ObjectType('Person', { description: 'A speaker, moderator or delegate.' })
export class PersonModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => Int, { description: 'Edit version, raised by each update. Pass it to the update mutation as expectedVersion to have a stale edit refused (STALE_EDIT).' })
  version: number;

  @Field({ description: 'URL-friendly identifier.' })
  slug: string;

  // Texts are plain fields, resolved when the row is mapped (people.views.ts).
  @Field(() => LocalizedString, { description: 'Full name, in the script of the requested language when known.' })
  name: LocalizedString;

  @Field(() => LocalizedString, { nullable: true, description: 'Office or job title.' })
  position: LocalizedString | null;
}

export const PersonConnection = connectionType<PersonView>(PersonModel, 'Person', 'people');
