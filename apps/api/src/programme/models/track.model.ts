// GraphQL types Track (of one edition) and TrackDefinition (of the shared taxonomy).
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedString } from '../../common/localized/localized-string.model.js';

@ObjectType('Track', { description: 'A thematic track of one edition.' })
export class TrackModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => Int, { description: 'Edit version, raised by each update. Pass it to the update mutation as expectedVersion to have a stale edit refused (STALE_EDIT).' })
  version: number;

  @Field({ description: 'URL-friendly identifier, unique within the edition.' })
  slug: string;

  @Field(() => String, { nullable: true, description: 'The @caravan/tracks taxonomy slug it comes from; null for a custom track.' })
  taxonomySlug: string | null;

  // A plain field, resolved when the row is mapped (programme.views.ts).
  @Field(() => LocalizedString, { description: 'Name of the track.' })
  name: LocalizedString;
}

@ObjectType('TrackDefinition', { description: 'A track of the shared taxonomy that series can focus on.' })
export class TrackDefinitionModel {
  @Field({ description: 'Taxonomy slug, e.g. green-development.' })
  slug: string;

  @Field(() => LocalizedString, { description: 'Name of the track.' })
  name: LocalizedString;

  @Field(() => LocalizedString, { description: 'What the track covers.' })
  description: LocalizedString;
}
