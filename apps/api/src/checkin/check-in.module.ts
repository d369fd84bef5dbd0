// Bounded context: check-in at the doors (scans, lookup, the offline bundle, syncing queued scans).
import { Module } from '@nestjs/common';
import { CheckInResolver } from './check-in.resolver.js';
import { CheckInService } from './check-in.service.js';

@Module({ providers: [CheckInService, CheckInResolver] })
export class CheckInModule {}
