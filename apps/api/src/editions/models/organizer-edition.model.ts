// An edition as its series' organizers see it in the console's dashboard, published or not.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EditionStatus } from '../../common/graphql/enums.js';

@ObjectType('OrganizerEdition', { description: 'An edition of a series for its organizers: drafts (not yet published) included.' })
export class OrganizerEditionModel {
  @Field(() => ID, { description: 'Id of the edition.' })
  id: string;

  @Field(() => Int, { description: 'Edition number within the series.' })
  number: number;

  @Field(() => EditionStatus, { description: 'Where the edition stands in its lifecycle.' })
  status: EditionStatus;

  @Field({ description: 'Whether visitors see it; false for a draft.' })
  published: boolean;

  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD), if set.' })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD), if set.' })
  endDate: string | null;

  @Field({ description: 'The theme in the language asked for (or the nearest one given).' })
  theme: string;

  @Field({ description: 'The host city in the language asked for (or the nearest one given).' })
  hostCity: string;
}
