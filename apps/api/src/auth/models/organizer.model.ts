// GraphQL type Organizer: an account that can sign in to run forums. Never exposes credentials.
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoleGrantModel } from './role-grant.model.js';

@ObjectType('Organizer', { description: 'An organizer account with the roles it holds.' })
export class OrganizerModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'Sign-in email, lower case.' })
  email: string;

  @Field({ description: 'Name shown to other organizers.' })
  displayName: string;

  @Field({ description: 'Platform admins create series and may grant any role anywhere.' })
  isPlatformAdmin: boolean;

  @Field(() => [RoleGrantModel], { description: 'Roles held, by series.' })
  roles: RoleGrantModel[];
}
