// Password change and reset mutations: arguments in, PasswordsService out.
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { PasswordsService } from './passwords.service.js';
import { Auth, type RequestAuth } from './request-auth.js';
import { OpenToVisitors } from './signed-in-mutations.guard.js';

@Resolver()
export class PasswordsResolver {
  constructor(private readonly passwords: PasswordsService) {}

  @Mutation(() => Boolean, {
    description: "Changes the signed-in organizer's password. The current password is required; every other session of the account ends.",
  })
  changePassword(
    @Auth() request: RequestAuth,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword', { description: 'At least 12 characters.' }) newPassword: string,
  ): Promise<boolean> {
    return this.passwords.changePassword(request, { currentPassword, newPassword });
  }

  @Mutation(() => Boolean, {
    description: 'Mails a password-reset link to the organizer account with this email, if there is one. Always true: the answer does not tell whether the email has an account.',
  })
  @OpenToVisitors('a person who has forgotten their password cannot sign in')
  requestPasswordReset(@Auth() request: RequestAuth, @Args('email') email: string): Promise<boolean> {
    return this.passwords.requestPasswordReset(request, { email });
  }

  @Mutation(() => Boolean, { description: 'Sets a new password with the token of a reset link; the link works once, and every session of the account ends.' })
  @OpenToVisitors('the reset token is the credential')
  resetPassword(@Args('token') token: string, @Args('newPassword', { description: 'At least 12 characters.' }) newPassword: string): Promise<boolean> {
    return this.passwords.resetPassword({ token, newPassword });
  }
}
