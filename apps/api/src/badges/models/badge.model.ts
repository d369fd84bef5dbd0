// A participant's badge as organizers see it, its PDF, and a rendering of an edition's badges.
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BadgeRenderStatus as BadgeRenderStatuses, BadgeStatus as BadgeStatuses } from '@caravan/db';

export const BadgeStatus = BadgeStatuses;
export type BadgeStatus = (typeof BadgeStatuses)[keyof typeof BadgeStatuses];
registerEnumType(BadgeStatus, { name: 'BadgeStatus', description: 'ACTIVE admits with its newest code; REVOKED admits with no code.' });

export const BadgeRenderStatus = BadgeRenderStatuses;
export type BadgeRenderStatus = (typeof BadgeRenderStatuses)[keyof typeof BadgeRenderStatuses];
registerEnumType(BadgeRenderStatus, { name: 'BadgeRenderStatus', description: 'Where a rendering of an edition’s badges stands.' });

@ObjectType('Badge', { description: 'An approved participant’s badge: its number, the serial of its current code, and the signed code its QR carries.' })
export class BadgeModel {
  @Field(() => ID, { description: 'The badge’s id (rotateBadge, revokeBadge take it).' })
  id: string;

  @Field(() => ID, { description: 'The approved application the badge belongs to.' })
  applicationId: string;

  @Field(() => Int, { description: 'Printed on the badge; unique within the edition.' })
  badgeNumber: number;

  @Field(() => Int, { description: 'Raised by each rotation; codes with a lower serial no longer admit.' })
  serial: number;

  @Field(() => BadgeStatus, { description: 'ACTIVE, or REVOKED (no code admits).' })
  status: BadgeStatus;

  @Field({ description: 'The signed credential (base45) the QR code carries.' })
  credential: string;

  @Field({ description: 'When the current code was signed (ISO 8601).' })
  issuedAt: string;

  @Field(() => String, { nullable: true, description: 'When it was revoked (ISO 8601); null while active.' })
  revokedAt: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was revoked, as the organizer said.' })
  revokedReason: string | null;
}

@ObjectType('BadgePdf', { description: 'One badge as an A6 PDF.' })
export class BadgePdfModel {
  @Field({ description: 'A file name to save it under, e.g. badge-24.pdf.' })
  fileName: string;

  @Field({ description: 'application/pdf.' })
  contentType: string;

  @Field({ description: 'The PDF’s bytes in base64.' })
  base64: string;
}

@ObjectType('BadgeRenderRun', { description: 'A rendering of every active badge of an edition: progress, and the merged PDF when done.' })
export class BadgeRenderRunModel {
  @Field(() => ID, { description: 'The run’s id (badgeRenderRun, cancelBadgeRender take it).' })
  id: string;

  @Field(() => BadgeRenderStatus, { description: 'QUEUED, RUNNING, DONE, CANCELLED or FAILED.' })
  status: BadgeRenderStatus;

  @Field(() => Int, { description: 'Badges to render (known once the run has started).' })
  total: number;

  @Field(() => Int, { description: 'Badges rendered so far.' })
  done: number;

  @Field(() => String, { nullable: true, description: 'Storage key of the merged PDF, once DONE.' })
  mergedKey: string | null;

  @Field(() => String, { nullable: true, description: 'Why the run failed; null otherwise.' })
  error: string | null;

  @Field(() => Boolean, { description: 'A cancel was asked for; the run stops at its next badge.' })
  cancelRequested: boolean;

  @Field({ description: 'When it was asked for (ISO 8601).' })
  createdAt: string;

  @Field(() => String, { nullable: true, description: 'When it ended (done, cancelled or failed; ISO 8601).' })
  finishedAt: string | null;
}
