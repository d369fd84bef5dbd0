// GraphQL type Edition: one gathering of a series, e.g. the 11th China–Central Asia forum.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EditionStatus } from '../../common/graphql/enums.js';
import { LocalizedString } from '../../common/localized/localized-string.model.js';

@ObjectType('Edition', { description: 'One gathering of a forum series, with its programme and delegations.' })
export class EditionModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => Int, { description: 'Edit version, raised by each update. Pass it to the update mutation as expectedVersion to have a stale edit refused (STALE_EDIT).' })
  version: number;

  @Field(() => Int, { description: 'Ordinal within the series (1 for the first forum).' })
  number: number;

  @Field(() => EditionStatus, { description: 'Where the edition stands.' })
  status: EditionStatus;

  @Field({ description: 'IANA time zone of the host city; local dates and times use it.' })
  timeZone: string;

  @Field(() => [String], { description: 'Working languages (BCP 47).' })
  workingLanguages: string[];

  @Field({ description: 'True when its dates, city and programme are invented demo detail rather than a reported fact.' })
  isDemo: boolean;

  @Field(() => Int, { nullable: true, description: 'Reported number of participants.' })
  attendance: number | null;

  // Plain fields, worked out with the view (editions.views.ts).
  @Field(() => LocalizedString, { description: 'Motto or theme of the edition.' })
  theme: LocalizedString;

  @Field(() => LocalizedString, { description: 'What the edition is about.' })
  description: LocalizedString;

  @Field(() => LocalizedString, { description: 'City hosting the edition.' })
  hostCity: LocalizedString;

  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD, local to the edition.' })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD, local to the edition.' })
  endDate: string | null;
}
