// GraphQL type SubnationalUnit: a province, autonomous region or city below the country.
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalizedString } from '../../common/localized/localized-string.model.js';

@ObjectType('SubnationalUnit', { description: 'A province, autonomous region, city or district inside a country.' })
export class SubnationalUnitModel {
  @Field(() => ID, { description: 'ISO 3166-2 code where one exists, else a stable slug.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-2 code, when the unit has one.' })
  isoCode: string | null;

  @Field({ description: 'autonomous-region, region, city, district, ...' })
  kind: string;

  @Field(() => LocalizedString, { description: 'Name of the unit.' })
  name: LocalizedString;
}
