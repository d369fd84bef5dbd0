// What a door is told about one scan, what a lookup finds, and the bundle a device keeps for
// working offline.
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CHECK_IN_OUTCOMES, type CheckInOutcome } from '../check-in-outcome.js';

export const CheckInOutcomeEnum = Object.fromEntries(CHECK_IN_OUTCOMES.map((o) => [o, o])) as { [K in CheckInOutcome]: K };
registerEnumType(CheckInOutcomeEnum, {
  name: 'CheckInOutcome',
  description: 'The answer at the door. Only ADMITTED lets the person in. MALFORMED, FORGED, UNKNOWN_KEY and WRONG_EDITION are codes that are not a valid badge of this edition, and are not recorded.',
});

@ObjectType('CheckInParticipant', { description: 'Who the badge belongs to, to compare with the face.' })
export class CheckInParticipantModel {
  @Field(() => ID, { description: 'The application (checkInPhoto takes it).' })
  applicationId: string;

  @Field({ description: 'The application’s reference, e.g. CCA12-7K3M9Q.' })
  reference: string;

  @Field({ description: 'Given and family name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The organization the participant represents.' })
  organization: string | null;

  @Field({ description: 'The accreditation category’s name.' })
  category: string;

  @Field(() => Int, { nullable: true, description: 'The badge number; null when no badge was issued.' })
  badgeNumber: number | null;

  @Field({ description: 'Whether a photo is on file (checkInPhoto serves it).' })
  hasPhoto: boolean;
}

@ObjectType('CheckInPrevious', { description: 'The earlier admission that makes this scan a second one.' })
export class CheckInPreviousModel {
  @Field({ description: 'When the earlier admission was scanned (ISO 8601).' })
  at: string;

  @Field({ description: 'The check-in point that admitted.' })
  point: string;
}

@ObjectType('CheckInResult', { description: 'The answer to one scan at a door.' })
export class CheckInResultModel {
  @Field({ description: 'The scan id as sent.' })
  scanId: string;

  @Field(() => CheckInOutcomeEnum, { description: 'What the door is told.' })
  outcome: CheckInOutcome;

  @Field({ description: 'True only for ADMITTED.' })
  admitted: boolean;

  @Field({ description: 'What to tell the person at the door.' })
  message: string;

  @Field({ description: 'True for a synced offline admission that another door had already made: the earlier one stands.' })
  conflict: boolean;

  @Field({ description: 'True when this scan id had been recorded before: the answer is the first one.' })
  replayed: boolean;

  @Field(() => CheckInPreviousModel, { nullable: true, description: 'For ALREADY_CHECKED_IN: when and where the person was admitted.' })
  previous: CheckInPreviousModel | null;

  @Field(() => CheckInParticipantModel, { nullable: true, description: 'Whose badge it is; null for a code that is not a badge of this edition.' })
  participant: CheckInParticipantModel | null;
}

@InputType('CheckInScanInput', { description: 'One scan at a door: a badge’s code or an application reference, where and when.' })
export class CheckInScanInput {
  @Field({ description: 'The device’s own id of this scan (a UUID): sending it again records nothing twice.' })
  scanId: string;

  @Field(() => String, { nullable: true, description: 'The scanned QR text. Give this or reference.' })
  credential?: string | null;

  @Field(() => String, { nullable: true, description: 'An application reference found by name or typed in. Give this or credential.' })
  reference?: string | null;

  @Field({ description: 'The check-in point, e.g. "north-gate".' })
  point: string;

  @Field({ description: 'The zone the point guards, one of the edition’s zones (checkInBundle lists them).' })
  zone: string;

  @Field(() => String, { nullable: true, description: 'The venue day, YYYY-MM-DD; today at the venue when left out.' })
  day?: string | null;

  @Field(() => String, { nullable: true, description: 'When the device scanned it (ISO 8601); now when left out.' })
  scannedAt?: string | null;

  @Field(() => CheckInOutcomeEnum, { nullable: true, description: 'What the device answered offline; sync only.' })
  deviceOutcome?: CheckInOutcome | null;
}

@ObjectType('CheckInKey', { description: 'An edition’s public key for verifying badge codes offline.' })
export class CheckInKeyModel {
  @Field(() => ID, { description: 'The edition whose badges the key signed.' })
  editionId: string;

  @Field({ description: 'Ed25519 public key, unpadded base64url.' })
  publicKey: string;
}

@ObjectType('CheckInListing', { description: 'One badge as a device needs it offline.' })
export class CheckInListingModel {
  @Field(() => Int, { description: 'The badge number.' })
  badgeNumber: number;

  @Field(() => Int, { description: 'The serial of its newest code; codes with a lower serial are refused.' })
  currentSerial: number;

  @Field({ description: 'The badge was revoked: no code of it admits.' })
  withdrawn: boolean;

  @Field({ description: 'The application is still approved.' })
  approved: boolean;

  @Field(() => CheckInParticipantModel, { description: 'Who the badge belongs to.' })
  participant: CheckInParticipantModel;
}

@ObjectType('CheckInBundle', { description: 'What a check-in device keeps to verify badges with the network down.' })
export class CheckInBundleModel {
  @Field(() => ID, { description: 'The edition the bundle admits to.' })
  editionId: string;

  @Field({ description: 'The venue’s time zone: the device takes today’s date there.' })
  timeZone: string;

  @Field(() => [String], { description: 'The edition’s zones, in the order badge codes number them.' })
  zones: string[];

  @Field(() => [CheckInKeyModel], { description: 'This edition’s public key first, then the other editions’ of the series (their badges are reported as another edition’s).' })
  keys: CheckInKeyModel[];

  @Field(() => [CheckInListingModel], { description: 'Every badge of the edition, with revocations.' })
  listing: CheckInListingModel[];

  @Field({ description: 'When the bundle was made (ISO 8601).' })
  generatedAt: string;

  @Field(() => [String], { description: 'Admissions recorded so far, each "badgeNumber|zone|day".' })
  admissions: string[];
}
