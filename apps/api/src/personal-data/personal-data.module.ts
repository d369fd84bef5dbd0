// Bounded context: participants' personal data (erasure by organizers).
import { Module } from '@nestjs/common';
import { PersonalDataResolver } from './personal-data.resolver.js';
import { PersonalDataService } from './personal-data.service.js';

@Module({ providers: [PersonalDataService, PersonalDataResolver] })
export class PersonalDataModule {}
