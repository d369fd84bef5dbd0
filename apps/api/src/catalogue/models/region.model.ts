// GraphQL type Region: a world region a series is about, or a partner such as China.
import { Field, ObjectType } from '@nestjs/graphql';
import { LocalizedString } from '../../common/localized/localized-string.model.js';

@ObjectType('Region', { description: 'A world region a forum series is about (Central Asia, South Caucasus) or a partner.' })
export class RegionModel {
  @Field({ description: 'Stable slug, e.g. central-asia.' })
  code: string;

  @Field({ description: '"region" for a region a series is about, "partner" for a partner country group.' })
  kind: string;

  @Field(() => LocalizedString, { description: 'Name of the region.' })
  name: LocalizedString;
}
