// Sign-in mutations and `me`: arguments in, AuthService out.
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthService } from './auth.service.js';
import { AuthPayloadModel } from './models/auth-payload.model.js';
import { OrganizerModel } from './models/organizer.model.js';
import { OrganizerViews } from './organizer-views.js';
import { Auth, type RequestAuth } from './request-auth.js';
import { OpenToVisitors } from './signed-in-mutations.guard.js';
import { ViewerService } from './viewer.service.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly viewers: ViewerService,
    private readonly views: OrganizerViews,
  ) {}

  @Mutation(() => AuthPayloadModel, {
    description:
      'Signs an organizer in. Wrong email and wrong password give the same INVALID_CREDENTIALS; too many attempts give RATE_LIMITED; an account with two-step sign-in gives MFA_REQUIRED until mfaCode is sent.',
  })
  @OpenToVisitors('signing in is how a visitor becomes an organizer')
  signIn(
    @Auth() request: RequestAuth,
    @Args('email') email: string,
    @Args('password') password: string,
    @Args('mfaCode', { type: () => String, nullable: true, description: 'For accounts with two-step sign-in (MFA_REQUIRED without it): the code of the authenticator app, or a recovery code.' })
    mfaCode?: string | null,
  ): Promise<AuthPayloadModel> {
    return this.auth.signIn(email, password, request.address, mfaCode ?? null);
  }

  @Mutation(() => AuthPayloadModel, { description: 'Exchanges a refresh token for new tokens. Each refresh token works once.' })
  @OpenToVisitors('the refresh token is the credential; the access token may have expired')
  refreshSession(@Args('refreshToken') refreshToken: string): Promise<AuthPayloadModel> {
    return this.auth.refresh(refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Ends the session of this refresh token and its access tokens; false when none was live.' })
  @OpenToVisitors('the refresh token is the credential; the access token may have expired')
  signOut(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    return this.auth.signOut(refreshToken);
  }

  @Query(() => OrganizerModel, { nullable: true, description: 'The signed-in organizer with their roles; null for visitors.' })
  async me(@Auth() request: RequestAuth): Promise<OrganizerModel | null> {
    const viewer = await this.viewers.viewer(request);
    return viewer.kind === 'anonymous' ? null : this.views.of(viewer.user);
  }
}
