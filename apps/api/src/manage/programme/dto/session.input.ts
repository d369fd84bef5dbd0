// GraphQL inputs of the session mutations. Times are the edition's local wall-clock (the
// host city's clock, as printed on the programme); the writer turns them into UTC instants
// with fromLocal and validates the result with ZSessionInput from @caravan/forums.
import { Field, ID, InputType } from '@nestjs/graphql';
import { SessionKind, SessionRole } from '../../../common/graphql/enums.js';
import { LocalizedTextInput } from '../../common/localized-text.input.js';

@InputType({ description: "A programme session. Times are local wall-clock in the edition's time zone (Edition.timeZone), not UTC." })
export class CreateSessionInput {
  @Field({ description: 'URL slug, unique within the edition.' })
  slug: string;

  @Field(() => SessionKind, { description: 'Format of the session.' })
  kind: SessionKind;

  @Field(() => [LocalizedTextInput], { description: 'Title, at least in English.' })
  title: LocalizedTextInput[];

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'What the session is about.' })
  description?: LocalizedTextInput[] | null;

  @Field({ description: "Local day, YYYY-MM-DD, within the edition's dates." })
  date: string;

  @Field({ description: "Local start, HH:mm (24-hour) in the edition's time zone, e.g. 09:30 in Yinchuan." })
  startTime: string;

  @Field({ description: "Local end, HH:mm (24-hour) on the same day, after startTime. 24:00 is not accepted; end at 23:59." })
  endTime: string;

  @Field(() => ID, { nullable: true, description: 'Room of one of the edition\'s venues; no two sessions may share a room at the same time.' })
  roomId?: string | null;

  @Field(() => String, { nullable: true, description: 'Slug of one of the edition\'s tracks.' })
  trackSlug?: string | null;

  @Field(() => [String], { description: 'Languages spoken on the floor (BCP 47), each once.' })
  languages: string[];

  @Field(() => [String], { nullable: true, description: 'Languages offered through interpretation (BCP 47).' })
  interpretation?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Visible to visitors right away; false (a draft) when left out.' })
  published?: boolean | null;
}

@InputType({ description: "Changes to a session; fields left out keep their value. Times are local wall-clock in the edition's time zone." })
export class UpdateSessionInput {
  @Field(() => String, { nullable: true, description: 'New slug, unique within the edition.' })
  slug?: string | null;

  @Field(() => SessionKind, { nullable: true, description: 'Format of the session.' })
  kind?: SessionKind | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Title (replaces all languages).' })
  title?: LocalizedTextInput[] | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Description (replaces all languages).' })
  description?: LocalizedTextInput[] | null;

  @Field(() => String, { nullable: true, description: 'Local day, YYYY-MM-DD.' })
  date?: string | null;

  @Field(() => String, { nullable: true, description: 'Local start, HH:mm.' })
  startTime?: string | null;

  @Field(() => String, { nullable: true, description: 'Local end, HH:mm, on the same day.' })
  endTime?: string | null;

  @Field(() => ID, { nullable: true, description: 'Room of one of the edition\'s venues.' })
  roomId?: string | null;

  @Field(() => String, { nullable: true, description: 'Slug of one of the edition\'s tracks.' })
  trackSlug?: string | null;

  @Field(() => [String], { nullable: true, description: 'Languages spoken on the floor (replaces the list).' })
  languages?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Interpretation languages (replaces the list).' })
  interpretation?: string[] | null;
}

@InputType({ description: 'A person and the role they play in a session.' })
export class SessionSpeakerInput {
  @Field({ description: 'Slug of the person, e.g. shen-yueyue.' })
  person: string;

  @Field(() => SessionRole, { description: 'Keynote, moderator or speaker.' })
  role: SessionRole;
}
