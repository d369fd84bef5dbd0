// Check-in at the doors for an edition's CHECKIN_STAFF (thin: arguments in, service call, model out).
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Auth, type RequestAuth } from '../auth/request-auth.js';
import { CheckInService, MAX_SYNC_SCANS } from './check-in.service.js';
import { CheckInBundleModel, CheckInParticipantModel, CheckInResultModel, CheckInScanInput } from './models/check-in.model.js';

const SERIES = { description: 'Series slug.' } as const;
const NUMBER = { type: () => Int, description: 'Edition number.' } as const;

@Resolver(() => CheckInResultModel)
export class CheckInResolver {
  constructor(private readonly checkIn: CheckInService) {}

  @Mutation(() => CheckInResultModel, { description: 'Verifies one scan at a door and records it; the same scanId again answers the first answer. Needs checkin.record.' })
  checkInScan(@Auth() auth: RequestAuth, @Args('series', SERIES) series: string, @Args('number', NUMBER) number: number, @Args('scan') scan: CheckInScanInput) {
    return this.checkIn.scan(auth, series, number, scan);
  }

  @Mutation(() => [CheckInResultModel], {
    description: `Records the scans a device queued offline (at most ${MAX_SYNC_SCANS}), in the order they were scanned; an offline admission another door had already made is answered ALREADY_CHECKED_IN with conflict true. Idempotent on each scanId. Needs checkin.record.`,
  })
  syncCheckInScans(@Auth() auth: RequestAuth, @Args('series', SERIES) series: string, @Args('number', NUMBER) number: number, @Args('scans', { type: () => [CheckInScanInput] }) scans: CheckInScanInput[]) {
    return this.checkIn.sync(auth, series, number, scans);
  }

  @Query(() => [CheckInParticipantModel], { description: 'Finds participants by name or reference (at most 20). Needs checkin.read.' })
  checkInLookup(@Auth() auth: RequestAuth, @Args('series', SERIES) series: string, @Args('number', NUMBER) number: number, @Args('query') query: string) {
    return this.checkIn.lookup(auth, series, number, query);
  }

  @Query(() => CheckInBundleModel, { description: 'Public keys, zones, the badge listing with revocations, and admissions so far: what a device keeps to check people in offline. Needs checkin.read.' })
  checkInBundle(@Auth() auth: RequestAuth, @Args('series', SERIES) series: string, @Args('number', NUMBER) number: number) {
    return this.checkIn.bundle(auth, series, number);
  }

  @Query(() => String, { nullable: true, description: 'The participant’s photo as a data: URL, to compare with the face; null without one. Needs checkin.read.' })
  checkInPhoto(@Auth() auth: RequestAuth, @Args('applicationId', { type: () => ID }) applicationId: string) {
    return this.checkIn.photo(auth, applicationId);
  }
}
