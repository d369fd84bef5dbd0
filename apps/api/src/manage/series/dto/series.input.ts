// GraphQL inputs of the series mutations; validated with ZSeriesInput from @caravan/forums.
import { Field, InputType } from '@nestjs/graphql';
import { EditionStatus } from '../../../common/graphql/enums.js';
import { LocalizedTextInput } from '../../common/localized-text.input.js';

@InputType({ description: 'A new forum series (a new tenant of the platform).' })
export class CreateSeriesInput {
  @Field({ description: 'URL slug, lower-case kebab-case, e.g. china-caucasus. Cannot be changed later.' })
  slug: string;

  @Field(() => [LocalizedTextInput], { description: 'Full name, at least in English.' })
  name: LocalizedTextInput[];

  @Field(() => [LocalizedTextInput], { description: 'Short name for menus and titles, at least in English.' })
  shortName: LocalizedTextInput[];

  @Field(() => [LocalizedTextInput], { description: 'What the series is for, at least in English.' })
  description: LocalizedTextInput[];

  @Field({ description: 'Catalogue code of the region the series is about, e.g. south-caucasus.' })
  regionCode: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 code of the partner country from outside the region, e.g. CN.' })
  partnerCountryCode?: string | null;

  @Field({ description: 'Key of the visual theme in @caravan/themes, e.g. south-caucasus.' })
  themeKey: string;

  @Field(() => [String], { description: 'Slugs of the @caravan/tracks taxonomy the series concentrates on, each once.' })
  focusTrackSlugs: string[];

  @Field(() => EditionStatus, { nullable: true, description: 'Where the series stands; PLANNED when left out.' })
  status?: EditionStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Visible to visitors right away; false (a draft) when left out.' })
  published?: boolean | null;
}

@InputType({ description: 'Changes to a series; fields left out keep their value. The slug cannot change.' })
export class UpdateSeriesInput {
  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Full name, at least in English (replaces all languages).' })
  name?: LocalizedTextInput[] | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Short name, at least in English (replaces all languages).' })
  shortName?: LocalizedTextInput[] | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Description, at least in English (replaces all languages).' })
  description?: LocalizedTextInput[] | null;

  @Field(() => String, { nullable: true, description: 'Catalogue code of the region, e.g. central-asia.' })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 code of the partner country; keeps the current one when left out.' })
  partnerCountryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Key of the visual theme in @caravan/themes.' })
  themeKey?: string | null;

  @Field(() => [String], { nullable: true, description: 'Focus track slugs of the taxonomy (replaces the list).' })
  focusTrackSlugs?: string[] | null;

  @Field(() => EditionStatus, { nullable: true, description: 'Where the series stands.' })
  status?: EditionStatus | null;
}
