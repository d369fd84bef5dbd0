// GraphQL type Country.
import { Field, ObjectType } from '@nestjs/graphql';
import { LocalizedString } from '../../common/localized/localized-string.model.js';

@ObjectType('Country', { description: 'A country taking part in one or more forum series.' })
export class CountryModel {
  @Field({ description: 'ISO 3166-1 alpha-2 code, e.g. KZ.' })
  code: string;

  @Field(() => [String], { description: 'Official languages as BCP 47 tags.' })
  languages: string[];

  @Field({ description: 'IANA time zone of the capital, e.g. Asia/Almaty.' })
  timeZone: string;

  // Texts are plain fields, resolved when the row is mapped (catalogue.views.ts).
  @Field(() => LocalizedString, { description: 'Short name of the country.' })
  name: LocalizedString;

  @Field(() => LocalizedString, { description: 'Capital city.' })
  capital: LocalizedString;
}
