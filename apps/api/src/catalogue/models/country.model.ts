// GraphQL type Country.
import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Country', { description: 'A country taking part in one or more forum series.' })
export class CountryModel {
  @Field({ description: 'ISO 3166-1 alpha-2 code, e.g. KZ.' })
  code: string;

  @Field(() => [String], { description: 'Official languages as BCP 47 tags.' })
  languages: string[];

  @Field({ description: 'IANA time zone of the capital, e.g. Asia/Almaty.' })
  timeZone: string;
}
