// Bounded context: accreditation. Public registration, the application lifecycle with its place
// bookkeeping and mail, and (in review/ and delegations/) the organizers' side.
import { Module } from '@nestjs/common';
import { ApplicationIntake } from './application-intake.js';
import { ApplicationMail } from './application-mail.js';
import { ApplicationTransitions } from './application-transitions.js';
import { CategoryPlaces } from './category-places.js';
import { MagicLinks } from './magic-links.js';
import { PassportVault } from './passport-vault.js';
import { ParticipantService } from './participant.service.js';
import { PhotosController } from './photos.controller.js';
import { RegistrationResolver } from './registration.resolver.js';
import { RegistrationService } from './registration.service.js';

@Module({
  providers: [CategoryPlaces, MagicLinks, PassportVault, ApplicationMail, ApplicationIntake, ApplicationTransitions, RegistrationService, ParticipantService, RegistrationResolver],
  controllers: [PhotosController],
  exports: [CategoryPlaces, MagicLinks, PassportVault, ApplicationMail, ApplicationIntake, ApplicationTransitions],
})
export class AccreditationModule {}
