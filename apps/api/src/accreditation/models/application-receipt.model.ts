import { Field, ObjectType } from '@nestjs/graphql';
import { ApplicationStatusEnum } from './application-status.enum.js';

@ObjectType('ApplicationReceipt', { description: 'What a participant is told when their application is recorded.' })
export class ApplicationReceiptModel {
  @Field({ description: 'The reference to quote, e.g. CCA12-7K3M9Q.' })
  reference!: string;

  @Field(() => ApplicationStatusEnum, { description: 'DRAFT, SUBMITTED (an officer decides), APPROVED or WAITLISTED (auto-approved category full).' })
  status!: string;

  @Field({ description: 'The address the mail went to (lower-cased).' })
  email!: string;
}
