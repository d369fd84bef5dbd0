// GraphQL types of agreementStats: counts and disclosed values, overall, by type and by country.
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AgreementType } from '../../common/graphql/enums.js';
import { MoneyModel } from './agreement.model.js';

@ObjectType('AgreementTally', { description: 'How many agreements, and the sum of the values that were disclosed.' })
export class AgreementTallyModel {
  @Field(() => Int, { description: 'Number of published agreements.' })
  count: number;

  @Field(() => Int, { description: 'How many of them have a disclosed value.' })
  disclosedCount: number;

  @Field(() => Int, { description: 'How many of them are confidential; their values are never included anywhere.' })
  confidentialCount: number;

  @Field(() => [MoneyModel], { description: 'Sum of the disclosed values, one entry per currency, by currency code.' })
  disclosedValues: MoneyModel[];
}

@ObjectType('AgreementTypeTally', { description: 'Agreements of one type.' })
export class AgreementTypeTallyModel extends AgreementTallyModel {
  @Field(() => AgreementType, { description: 'The type counted.' })
  type: AgreementType;
}

@ObjectType('AgreementCountryTally', { description: 'Agreements with one country among their parties (directly or through one of its provinces or cities).' })
export class AgreementCountryTallyModel extends AgreementTallyModel {
  @Field({ description: 'ISO 3166-1 alpha-2 code of the country counted.' })
  countryCode: string;
}

@ObjectType('AgreementStats', { description: 'Agreement figures of a series or one edition, computed in the database.' })
export class AgreementStatsModel {
  @Field(() => AgreementTallyModel, { description: 'All published agreements in scope.' })
  total: AgreementTallyModel;

  @Field(() => [AgreementTypeTallyModel], { description: 'Per agreement type, most agreements first.' })
  byType: AgreementTypeTallyModel[];

  @Field(() => [AgreementCountryTallyModel], { description: 'Per party country, most agreements first; an agreement counts once for each of its countries.' })
  byCountry: AgreementCountryTallyModel[];
}
