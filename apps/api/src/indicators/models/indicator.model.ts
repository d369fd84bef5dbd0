// GraphQL types Indicator and IndicatorValue: reported figures such as trade turnover.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedString } from '../../common/localized/localized-string.model.js';

@ObjectType('Indicator', { description: 'A reported figure followed over time, such as trade turnover between two countries.' })
export class IndicatorModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => Int, { description: 'Edit version, raised by each update. Pass it to the update mutation as expectedVersion to have a stale edit refused (STALE_EDIT).' })
  version: number;

  @Field({ description: 'URL-friendly identifier.' })
  slug: string;

  @Field({ description: 'Unit of the values, e.g. USD.' })
  unit: string;

  // Plain fields, worked out with the view (indicators.views.ts).
  @Field(() => LocalizedString, { description: 'Name of the indicator.' })
  name: LocalizedString;

  @Field(() => LocalizedString, { nullable: true, description: 'What the indicator measures.' })
  description: LocalizedString | null;

  @Field(() => LocalizedString, { nullable: true, description: 'Where the figures come from.' })
  source: LocalizedString | null;
}

@ObjectType('IndicatorValue', { description: 'The value of an indicator over one period.' })
export class IndicatorValueModel {
  @Field({ description: 'The period as reported, e.g. 2023, 2024-01/2024-09 or 2007/2023.' })
  period: string;

  @Field(() => String, { nullable: true, description: '"over" when the source reported "more than" the value; null for an exact figure.' })
  qualifier: string | null;

  @Field({ description: 'Decimal value as a string, e.g. "89000000000.00".' })
  value: string;

  @Field({ description: 'First day of the period, YYYY-MM-DD.' })
  periodStart: string;

  @Field({ description: 'Last day of the period, YYYY-MM-DD.' })
  periodEnd: string;

  @Field(() => LocalizedString, { nullable: true, description: 'Context given with the figure.' })
  note: LocalizedString | null;
}
