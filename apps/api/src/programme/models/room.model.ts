// GraphQL type Room.
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Room', { description: 'A hall or room of a venue where sessions take place.' })
export class RoomModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'URL-friendly identifier, unique within its venue.' })
  slug: string;
}
