// GraphQL inputs of the person mutations; validated with ZPersonEditInput from @caravan/forums.
import { Field, InputType } from '@nestjs/graphql';
import { LocalizedTextInput } from '../../common/localized-text.input.js';

@InputType({ description: 'A new person (speaker, delegate, moderator), owned by the series that creates it.' })
export class CreatePersonInput {
  @Field({ description: 'URL slug, lower-case kebab-case, unique on the platform, e.g. edil-baisalov. Cannot be changed later.' })
  slug: string;

  @Field(() => [LocalizedTextInput], { description: 'Full name per language or script (en required), e.g. en "Edil Baisalov", ru "Эдиль Байсалов".' })
  name: LocalizedTextInput[];

  @Field(() => [LocalizedTextInput], { description: 'Office or job title, at least in English.' })
  position: LocalizedTextInput[];

  @Field(() => String, { nullable: true, description: 'Slug of the organization the person represents.' })
  organization?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of the country the person represents, e.g. KG.' })
  countryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Portrait, an http(s) URL.' })
  photoUrl?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Visible to visitors right away; false (a draft) when left out.' })
  published?: boolean | null;
}

@InputType({ description: 'Changes to a person: a field left out keeps its value; null clears organization, countryCode or photoUrl.' })
export class UpdatePersonInput {
  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Full name per language or script, en required (replaces all languages).' })
  name?: LocalizedTextInput[] | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Office or job title, en required (replaces all languages).' })
  position?: LocalizedTextInput[] | null;

  @Field(() => String, { nullable: true, description: 'Slug of the organization the person represents; null clears it.' })
  organization?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code; null clears it.' })
  countryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Portrait, an http(s) URL; null clears it.' })
  photoUrl?: string | null;
}
