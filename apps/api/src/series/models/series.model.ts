// GraphQL type Series: a recurring forum such as the China–Central Asia Cooperation Forum.
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { EditionStatus } from '../../common/graphql/enums.js';

@ObjectType('Series', { description: 'A recurring regional cooperation forum; the tenant of the platform.' })
export class SeriesModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'URL slug, e.g. china-central-asia.' })
  slug: string;

  @Field(() => EditionStatus, { description: 'Where the series as a whole stands (a series can be only proposed).' })
  status: EditionStatus;

  @Field({ description: 'Key of the visual theme in @caravan/themes.' })
  themeKey: string;
}
