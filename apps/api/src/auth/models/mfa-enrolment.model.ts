// GraphQL type MfaEnrolment: what startMfaEnrolment hands back, shown once to the organizer.
import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('MfaEnrolment', { description: 'The secret of a two-step sign-in being set up; confirm it with a code from the app (confirmMfaEnrolment).' })
export class MfaEnrolmentModel {
  @Field({ description: 'The TOTP secret in base32, to type into an authenticator app.' })
  secret: string;

  @Field({ description: 'The otpauth:// URI of the secret, to show as a QR code.' })
  otpauthUri: string;
}
