// GraphQL type SessionSpeaker: a person and the role they play in a session.
import { Field, ObjectType } from '@nestjs/graphql';
import { SessionRole } from '../../common/graphql/enums.js';
import { PersonModel } from '../../people/models/person.model.js';
import type { PersonView } from '../../people/people.views.js';

@ObjectType('SessionSpeaker', { description: 'A person taking part in a session, with their role.' })
export class SessionSpeakerModel {
  @Field(() => SessionRole, { description: 'Keynote, moderator or speaker.' })
  role: SessionRole;

  @Field(() => PersonModel, { description: 'The person.' })
  person: PersonView;
}
