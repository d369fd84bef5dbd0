// Organizers' operations on participants' personal data (thin: arguments in, service call, model out).
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Auth, type RequestAuth } from '../auth/request-auth.js';
import { ErasedParticipantModel } from './models/erased-participant.model.js';
import { PassportDataModel } from './models/passport-data.model.js';
import { PersonalDataService } from './personal-data.service.js';

@Resolver(() => ErasedParticipantModel)
export class PersonalDataResolver {
  constructor(private readonly personalData: PersonalDataService) {}

  @Query(() => PassportDataModel, { nullable: true, description: 'The passport data of an application (decrypted); null when none was given. Needs registration.read in the edition (registration officers, series admins).' })
  applicationPassport(@Auth() auth: RequestAuth, @Args('applicationId', { type: () => ID, description: 'The application whose passport data to read.' }) applicationId: string) {
    return this.personalData.passport(auth, applicationId);
  }

  @Mutation(() => ErasedParticipantModel, {
    description:
      'Erases a participant’s personal data: names, contacts, organization, answers (passport data included), photo, mail bodies, and their files in storage. The application still counts (status, category, badge, check-ins). Cannot be undone. Needs registration.edit.',
  })
  eraseParticipant(@Auth() auth: RequestAuth, @Args('applicationId', { type: () => ID, description: 'The application of the participant to erase.' }) applicationId: string) {
    return this.personalData.erase(auth, applicationId);
  }
}
