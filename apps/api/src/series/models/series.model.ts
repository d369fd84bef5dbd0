// GraphQL type Series: a recurring forum such as the China–Central Asia Cooperation Forum.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EditionStatus } from '../../common/graphql/enums.js';
import { LocalizedString } from '../../common/localized/localized-string.model.js';
import { TrackDefinitionModel } from '../../programme/models/track.model.js';

@ObjectType('Series', { description: 'A recurring regional cooperation forum; the tenant of the platform.' })
export class SeriesModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => Int, { description: 'Edit version, raised by each update. Pass it to the update mutation as expectedVersion to have a stale edit refused (STALE_EDIT).' })
  version: number;

  @Field({ description: 'URL slug, e.g. china-central-asia.' })
  slug: string;

  @Field(() => EditionStatus, { description: 'Where the series as a whole stands (a series can be only proposed).' })
  status: EditionStatus;

  @Field({ description: "Key of the series' stored theme (theme.key): a preset's key, or the series' own." })
  themeKey: string;

  // Plain fields, worked out with the view (series.views.ts).
  @Field(() => LocalizedString, { description: 'Full name of the series.' })
  name: LocalizedString;

  @Field(() => LocalizedString, { description: 'Short name for menus and titles.' })
  shortName: LocalizedString;

  @Field(() => LocalizedString, { description: 'What the series is for.' })
  description: LocalizedString;

  @Field(() => [TrackDefinitionModel], { description: 'Taxonomy tracks the series concentrates on.' })
  focusTracks: TrackDefinitionModel[];
}
