// GraphQL inputs of the venue and room mutations; validated with ZVenueInput / ZRoomInput.
import { Field, InputType, Int } from '@nestjs/graphql';
import { LocalizedTextInput } from '../../common/localized-text.input.js';

@InputType({ description: 'A venue of an edition, e.g. a convention centre.' })
export class AddVenueInput {
  @Field({ description: 'URL slug, unique within the edition.' })
  slug: string;

  @Field(() => [LocalizedTextInput], { description: 'Name, at least in English.' })
  name: LocalizedTextInput[];

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Postal address, at least in English.' })
  address?: LocalizedTextInput[] | null;
}

@InputType({ description: 'A hall or room of a venue.' })
export class AddRoomInput {
  @Field({ description: 'URL slug, unique within the venue, e.g. hall-a.' })
  slug: string;

  @Field(() => [LocalizedTextInput], { description: 'Name, at least in English.' })
  name: LocalizedTextInput[];

  @Field(() => Int, { nullable: true, description: 'Seats, 1 or more.' })
  capacity?: number | null;

  @Field(() => Int, { nullable: true, description: 'Order among the venue\'s rooms (0 first).' })
  position?: number | null;
}

@InputType({ description: 'Changes to a room; fields left out keep their value.' })
export class UpdateRoomInput {
  @Field(() => String, { nullable: true, description: 'New slug, unique within the venue.' })
  slug?: string | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Name (replaces all languages).' })
  name?: LocalizedTextInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Seats, 1 or more.' })
  capacity?: number | null;

  @Field(() => Int, { nullable: true, description: 'Order among the venue\'s rooms.' })
  position?: number | null;
}
