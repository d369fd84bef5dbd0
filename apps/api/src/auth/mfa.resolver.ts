// Two-step sign-in enrolment mutations: arguments in, MfaService out.
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { MfaService } from './mfa.service.js';
import { MfaEnrolmentModel } from './models/mfa-enrolment.model.js';
import { Auth, type RequestAuth } from './request-auth.js';

@Resolver()
export class MfaResolver {
  constructor(private readonly mfa: MfaService) {}

  @Mutation(() => MfaEnrolmentModel, {
    description: 'Starts turning on two-step sign-in for the signed-in organizer: a TOTP secret for an authenticator app. Needs the current password; nothing changes at sign-in until confirmMfaEnrolment.',
  })
  startMfaEnrolment(@Auth() request: RequestAuth, @Args('currentPassword') currentPassword: string): Promise<MfaEnrolmentModel> {
    return this.mfa.startEnrolment(request, currentPassword);
  }

  @Mutation(() => [String], {
    description: 'Confirms two-step sign-in with the code the app shows; from then on signIn asks for a code. Answers ten one-time recovery codes, shown only this once.',
  })
  confirmMfaEnrolment(@Auth() request: RequestAuth, @Args('code', { description: 'The 6-digit code of the authenticator app.' }) code: string): Promise<string[]> {
    return this.mfa.confirmEnrolment(request, code);
  }
}
