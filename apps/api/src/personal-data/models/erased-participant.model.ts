// What an organizer's erasure of a participant answers: nothing personal, only what was done.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ErasedParticipant', { description: 'A participant’s application after erasure: it still counts (status, category, badge and check-ins), and holds no name, contact, photo, passport data or file.' })
export class ErasedParticipantModel {
  @Field(() => ID, { description: 'The erased application’s id.' })
  applicationId: string;

  @Field({ description: 'The application’s reference, kept for the counts and the audit trail.' })
  reference: string;

  @Field({ description: 'When the erasure was done (ISO 8601).' })
  erasedAt: string;

  @Field(() => Int, { description: 'Files removed from storage (photo uploads and the edition’s merged badge sheets; the participant’s own folder counts once).' })
  filesRemoved: number;

  @Field(() => Int, { description: 'Outbox jobs about the person whose payload (the mail body) was cleared.' })
  jobsCleared: number;
}
