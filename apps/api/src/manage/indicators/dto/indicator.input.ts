// GraphQL inputs of the indicator mutations; validated with ZIndicatorInput and
// ZIndicatorValueInput from @caravan/forums.
import { Field, InputType } from '@nestjs/graphql';
import { LocalizedTextInput } from '../../common/localized-text.input.js';

@InputType({ description: 'The value of an indicator over one period.' })
export class IndicatorValueInput {
  @Field({ description: 'The period as reported: a year, month or day, or a range of them, e.g. 2023, 2024-01/2024-09, 2007/2023. Once per indicator.' })
  period: string;

  @Field({ description: 'First day of the period, YYYY-MM-DD.' })
  periodStart: string;

  @Field({ description: 'Last day of the period, YYYY-MM-DD; not before periodStart.' })
  periodEnd: string;

  @Field({ description: 'The figure as a decimal string with at most 2 decimals, e.g. "89400000000.00" (a string so no digit is lost).' })
  value: string;

  @Field(() => String, { nullable: true, description: '"over" when reported as "more than", "under" for "less than", "about" for an estimate; null for an exact figure.' })
  qualifier?: string | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'A note on the figure, at least in English when given.' })
  note?: LocalizedTextInput[] | null;
}

@InputType({ description: 'A new indicator (a reported figure followed over time), owned by the series that creates it.' })
export class CreateIndicatorInput {
  @Field({ description: 'URL slug, lower-case kebab-case, unique on the platform, e.g. trade-cn-kz. Cannot be changed later.' })
  slug: string;

  @Field(() => [LocalizedTextInput], { description: 'Name, at least in English.' })
  name: LocalizedTextInput[];

  @Field({ description: 'Unit of the values, e.g. USD, t, %.' })
  unit: string;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'What it measures, at least in English when given.' })
  description?: LocalizedTextInput[] | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Where the figures come from, at least in English when given.' })
  source?: LocalizedTextInput[] | null;

  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes of the countries it concerns, each once.' })
  countryCodes: string[];

  @Field(() => [IndicatorValueInput], { nullable: true, description: 'Values to start with, each period once; none when left out.' })
  values?: IndicatorValueInput[] | null;
}

@InputType({ description: 'Changes to an indicator (not its values): a field left out keeps its value; null clears description or source.' })
export class UpdateIndicatorInput {
  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Name, at least in English (replaces all languages).' })
  name?: LocalizedTextInput[] | null;

  @Field(() => String, { nullable: true, description: 'Unit of the values, e.g. USD.' })
  unit?: string | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'What it measures; null clears it.' })
  description?: LocalizedTextInput[] | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Where the figures come from; null clears it.' })
  source?: LocalizedTextInput[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes of the countries it concerns (replaces the list).' })
  countryCodes?: string[] | null;
}
