// A participant's passport data as the registration officers of the edition read it.
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PassportData', { description: 'The passport data a participant gave for a visa-support letter; stored encrypted, readable by the edition’s registration officers only.' })
export class PassportDataModel {
  @Field(() => ID, { description: 'The application it belongs to.' })
  applicationId: string;

  @Field({ description: 'Passport number (letters and digits).' })
  number: string;

  @Field({ description: 'Expiry date (yyyy-mm-dd).' })
  expiryDate: string;

  @Field({ description: 'Issuing country, ISO 3166-1 alpha-2.' })
  nationality: string;

  @Field({ description: 'Date of birth (yyyy-mm-dd).' })
  dateOfBirth: string;
}
