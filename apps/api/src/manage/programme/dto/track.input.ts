// GraphQL inputs of the track mutations; validated with ZTrackInput from @caravan/forums.
import { Field, InputType, Int } from '@nestjs/graphql';
import { LocalizedTextInput } from '../../common/localized-text.input.js';

@InputType({ description: 'A track of an edition: from the shared taxonomy (its name is used when none is given) or custom.' })
export class AddTrackInput {
  @Field({ description: 'URL slug, unique within the edition, e.g. green.' })
  slug: string;

  @Field(() => String, { nullable: true, description: 'Slug of the @caravan/tracks taxonomy track it belongs to, e.g. green-development; leave out for a custom track.' })
  taxonomySlug?: string | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Name, at least in English; required for a custom track, else taken from the taxonomy.' })
  name?: LocalizedTextInput[] | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'What the track covers in this edition.' })
  description?: LocalizedTextInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Order among the edition\'s tracks (0 first).' })
  position?: number | null;
}

@InputType({ description: 'Changes to a track; fields left out keep their value.' })
export class UpdateTrackInput {
  @Field(() => String, { nullable: true, description: 'New slug, unique within the edition.' })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'Taxonomy slug it belongs to.' })
  taxonomySlug?: string | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Name (replaces all languages).' })
  name?: LocalizedTextInput[] | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Description (replaces all languages).' })
  description?: LocalizedTextInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Order among the edition\'s tracks.' })
  position?: number | null;
}
