// Bounded context: participants' personal data: their export and erasure through the mailed
// link, erasure by organizers, and the anonymisation of editions past their retention period.
import { Module } from '@nestjs/common';
import { AccreditationModule } from '../accreditation/accreditation.module.js';
import { ParticipantDataController } from './participant-data.controller.js';
import { ParticipantDataResolver } from './participant-data.resolver.js';
import { ParticipantDataService } from './participant-data.service.js';
import { PersonalDataResolver } from './personal-data.resolver.js';
import { PersonalDataRetention } from './personal-data-retention.js';
import { PersonalDataService } from './personal-data.service.js';

@Module({
  imports: [AccreditationModule],
  providers: [PersonalDataService, PersonalDataResolver, ParticipantDataService, ParticipantDataResolver, PersonalDataRetention],
  controllers: [ParticipantDataController],
})
export class PersonalDataModule {}
