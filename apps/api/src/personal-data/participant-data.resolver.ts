// The participant's personal data through their mailed link (thin: arguments in, service call, model out).
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Auth, type RequestAuth } from '../auth/request-auth.js';
import { OpenToVisitors } from '../auth/signed-in-mutations.guard.js';
import { PersonalDataExportModel } from './models/personal-data-export.model.js';
import { ParticipantDataService } from './participant-data.service.js';

const TOKEN = { description: 'The token of the mailed application link.' } as const;

@Resolver(() => PersonalDataExportModel)
export class ParticipantDataResolver {
  constructor(private readonly participantData: ParticipantDataService) {}

  @Query(() => PersonalDataExportModel, { description: 'All the personal data held about the participant the link opens; APPLICATION_LINK_INVALID when the token is forged, expired or its data erased.' })
  myPersonalData(@Args('token', TOKEN) token: string): Promise<PersonalDataExportModel> {
    return this.participantData.export(token);
  }

  @OpenToVisitors('the mailed token is the credential; rate-limited per address')
  @Mutation(() => Boolean, {
    description: 'Erases the personal data of the participant the link opens, at once and for good (as eraseParticipant does); the link opens nothing afterwards. True when done.',
  })
  eraseMyPersonalData(@Auth() auth: RequestAuth, @Args('token', TOKEN) token: string): Promise<boolean> {
    return this.participantData.erase(auth, token);
  }
}
