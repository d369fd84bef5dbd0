// GraphQL types Indicator and IndicatorValue: reported figures such as trade turnover.
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Indicator', { description: 'A reported figure followed over time, such as trade turnover between two countries.' })
export class IndicatorModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'URL-friendly identifier.' })
  slug: string;

  @Field({ description: 'Unit of the values, e.g. USD.' })
  unit: string;
}

@ObjectType('IndicatorValue', { description: 'The value of an indicator over one period.' })
export class IndicatorValueModel {
  @Field({ description: 'The period as reported, e.g. 2023, 2024-01/2024-09 or 2007/2023.' })
  period: string;

  @Field(() => String, { nullable: true, description: '"over" when the source reported "more than" the value; null for an exact figure.' })
  qualifier: string | null;
}
