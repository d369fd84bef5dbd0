// What search answers: one hit per record, with what a result list needs to show it and link to it.
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedString } from '../../common/localized/localized-string.model.js';
import { SearchKind } from '../search-kind.enum.js';

@ObjectType('SearchHit', { description: 'A session, person, organization or agreement whose name or title matched the search text.' })
export class SearchHitModel {
  @Field(() => SearchKind, { description: 'What sort of record it is.' })
  kind: SearchKind;

  @Field(() => ID, { description: 'The record id.' })
  id: string;

  @Field({ description: 'The record slug (with the series slug and edition number, its page address).' })
  slug: string;

  @Field(() => LocalizedString, { description: 'Its name or title in the language the query asked for, or the nearest one available.' })
  title: LocalizedString;

  @Field(() => LocalizedString, { description: 'The language variant of the name or title that matched (a Georgian search finds and shows the Georgian name).' })
  matched: LocalizedString;

  @Field(() => Float, { description: 'How well it matched; hits come best first.' })
  rank: number;

  @Field(() => String, { nullable: true, description: 'Slug of the series it belongs to; null for an organization shared by every series.' })
  seriesSlug: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of the edition it belongs to (sessions and agreements).' })
  editionNumber: number | null;
}
