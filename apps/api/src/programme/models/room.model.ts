// GraphQL type Room.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedString } from '../../common/localized/localized-string.model.js';

@ObjectType('Room', { description: 'A hall or room of a venue where sessions take place.' })
export class RoomModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => Int, { description: 'Edit version, raised by each update. Pass it to the update mutation as expectedVersion to have a stale edit refused (STALE_EDIT).' })
  version: number;

  @Field({ description: 'URL-friendly identifier, unique within its venue.' })
  slug: string;

  // Texts are plain fields, resolved when the row is mapped (programme.views.ts).
  @Field(() => LocalizedString, { description: 'Name of the room.' })
  name: LocalizedString;

  @Field(() => LocalizedString, { description: 'Name of the venue the room is in.' })
  venueName: LocalizedString;
}
