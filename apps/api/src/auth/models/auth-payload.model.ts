// GraphQL type AuthPayload: what signIn and refreshSession hand back.
import { Field, ObjectType } from '@nestjs/graphql';
import { OrganizerModel } from './organizer.model.js';

@ObjectType('AuthPayload', { description: 'Tokens of a signed-in session and the organizer they belong to.' })
export class AuthPayloadModel {
  @Field({ description: 'Send as "Authorization: Bearer <token>"; valid for 15 minutes.' })
  accessToken: string;

  @Field({ description: 'Exchange once with refreshSession for new tokens; reusing it ends the session.' })
  refreshToken: string;

  @Field({ description: 'When the access token expires, ISO 8601 in UTC.' })
  expiresAt: string;

  @Field(() => OrganizerModel, { description: 'The signed-in organizer.' })
  user: OrganizerModel;
}
