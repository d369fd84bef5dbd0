// What addVenue answers: the venue and its rooms (the read side has no Venue type of its own).
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalizedString } from '../../../common/localized/localized-string.model.js';
import { RoomModel } from '../../../programme/models/room.model.js';
import type { RoomView } from '../../../programme/programme.views.js';

@ObjectType('VenuePayload', { description: 'A venue of an edition with its rooms, as an organizer mutation answers it.' })
export class VenuePayload {
  @Field(() => ID, { description: 'Stable id; pass it to addRoom.' })
  id: string;

  @Field({ description: 'URL slug, unique within the edition.' })
  slug: string;

  @Field(() => LocalizedString, { description: 'Name of the venue.' })
  name: LocalizedString;

  @Field(() => [RoomModel], { description: 'Its rooms, in order.' })
  rooms: RoomView[];
}
