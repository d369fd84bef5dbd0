// GraphQL inputs of the edition mutations; validated with ZEditionInput from @caravan/forums.
import { Field, InputType, Int } from '@nestjs/graphql';
import { EditionStatus } from '../../../common/graphql/enums.js';
import { LocalizedTextInput } from '../../common/localized-text.input.js';

@InputType({ description: 'A new edition of a series.' })
export class CreateEditionInput {
  @Field(() => Int, { description: 'Ordinal within the series, unique in it (1 for the first forum).' })
  number: number;

  @Field(() => [LocalizedTextInput], { description: 'Motto or theme, at least in English.' })
  theme: LocalizedTextInput[];

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'What the edition is about, at least in English; empty when left out.' })
  description?: LocalizedTextInput[] | null;

  @Field(() => EditionStatus, { nullable: true, description: 'Starting status; PROPOSED when left out. Later changes go through transitionEdition.' })
  status?: EditionStatus | null;

  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD in the host time zone. Give both dates or neither.' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day (inclusive), YYYY-MM-DD in the host time zone.' })
  endDate?: string | null;

  @Field({ description: 'IANA time zone of the host city, e.g. Asia/Shanghai or Asia/Tbilisi. Session times are entered in it.' })
  timeZone: string;

  @Field(() => [LocalizedTextInput], { description: 'Host city, at least in English.' })
  hostCity: LocalizedTextInput[];

  @Field(() => String, { nullable: true, description: 'Catalogue country code of the host, e.g. GE.' })
  hostCountryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Catalogue id of the host province or region, e.g. CN-NX.' })
  hostSubdivisionId?: string | null;

  @Field(() => [String], { description: 'Working languages (BCP 47), at least one, each once.' })
  workingLanguages: string[];

  @Field(() => Int, { nullable: true, description: 'Reported number of participants.' })
  attendance?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Visible to visitors right away; false (a draft) when left out.' })
  published?: boolean | null;
}

@InputType({ description: 'Changes to an edition; fields left out keep their value. Number and status change elsewhere (status: transitionEdition).' })
export class UpdateEditionInput {
  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Motto or theme (replaces all languages).' })
  theme?: LocalizedTextInput[] | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Description (replaces all languages).' })
  description?: LocalizedTextInput[] | null;

  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD in the host time zone; sessions must stay inside the dates.' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day (inclusive), YYYY-MM-DD in the host time zone.' })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone of the host city.' })
  timeZone?: string | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Host city (replaces all languages).' })
  hostCity?: LocalizedTextInput[] | null;

  @Field(() => String, { nullable: true, description: 'Catalogue country code of the host.' })
  hostCountryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Catalogue id of the host province or region.' })
  hostSubdivisionId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Working languages (replaces the list).' })
  workingLanguages?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Reported number of participants.' })
  attendance?: number | null;
}
