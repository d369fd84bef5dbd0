// The public registration of the GraphQL contract: the edition's form, submitting (rate-limited,
// Idempotency-Key), a magic link by mail, and the participant's application through that link.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { JSONScalar as GraphQLJSON } from '../common/graphql/json.scalar.js';
import { Auth, type RequestAuth } from '../auth/request-auth.js';
import { OpenToVisitors } from '../auth/signed-in-mutations.guard.js';
import { Ctx } from '../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { Idempotency } from '../idempotency/idempotency.decorator.js';
import type { IdempotencyRequest } from '../idempotency/idempotency-request.js';
import { ApplicationReceiptModel } from './models/application-receipt.model.js';
import { ApplicationViewModel } from './models/application-view.model.js';
import { EditionRegistrationModel } from './models/edition-registration.model.js';
import { SubmitApplicationInput } from './models/submit-application.input.js';
import { ParticipantService } from './participant.service.js';
import { RegistrationService } from './registration.service.js';

@Resolver()
export class RegistrationResolver {
  constructor(
    private readonly registrations: RegistrationService,
    private readonly participants: ParticipantService,
  ) {}

  @Query(() => EditionRegistrationModel, { nullable: true, description: "An edition's registration: its form, privacy notice and public categories; null when it has none." })
  registration(
    @Ctx() ctx: RequestContext,
    @Args('series', { description: 'Series slug.' }) series: string,
    @Args('edition', { type: () => Int, description: 'Edition number.' }) edition: number,
    @Args('lang', { nullable: true, description: 'Language of the texts (BCP 47).' }) _lang?: string,
  ): Promise<EditionRegistrationModel | null> {
    return this.participants.registration(series, edition, ctx.lang);
  }

  @OpenToVisitors('public registration: rate-limited per address, idempotent with the Idempotency-Key header')
  @Mutation(() => ApplicationReceiptModel, {
    description:
      'Applies for accreditation to an edition open for registration (or saves a draft). Invalid answers: BAD_USER_INPUT with extensions.problems [{ field, code, message }]; closed edition: REGISTRATION_CLOSED. Honours the Idempotency-Key header.',
  })
  submitApplication(
    @Auth() auth: RequestAuth,
    @Idempotency() idempotency: IdempotencyRequest | null,
    @Args('input') input: SubmitApplicationInput,
  ): Promise<ApplicationReceiptModel> {
    return this.registrations.submit(auth, input, idempotency);
  }

  @OpenToVisitors('a participant asks for their link again; always true, so nobody learns who applied')
  @Mutation(() => Boolean, { description: 'Mails a fresh link to the application of this email in the edition, if there is one. Always true.' })
  requestApplicationLink(
    @Auth() auth: RequestAuth,
    @Args('editionId', { type: () => ID }) editionId: string,
    @Args('email') email: string,
    @Args('language', { description: "The mail's language (BCP 47)." }) language: string,
  ): Promise<boolean> {
    return this.participants.requestLink(auth, { editionId, email, language });
  }

  @Query(() => ApplicationViewModel, { description: 'The application a mailed link opens; APPLICATION_LINK_INVALID when the token is forged, foreign or expired.' })
  myApplication(@Ctx() ctx: RequestContext, @Args('token') token: string, @Args('lang', { nullable: true }) _lang?: string): Promise<ApplicationViewModel> {
    return this.participants.myApplication(token, ctx.lang);
  }

  @OpenToVisitors('the mailed token is the credential')
  @Mutation(() => ApplicationViewModel, { description: 'Changes a draft (missing required answers allowed) or, with submit, submits it (every answer checked).' })
  updateMyApplication(
    @Auth() auth: RequestAuth,
    @Args('token') token: string,
    @Args('answers', { type: () => GraphQLJSON }) answers: unknown,
    @Args('submit', { nullable: true }) submit?: boolean,
    @Args('expectedVersion', { type: () => Int, nullable: true, description: 'The version the change is based on; another one is refused with STALE_EDIT.' }) expectedVersion?: number,
  ): Promise<ApplicationViewModel> {
    return this.participants.update(auth, token, answers, submit === true, expectedVersion ?? null);
  }

  @OpenToVisitors('the mailed token is the credential')
  @Mutation(() => ApplicationViewModel, { description: 'Withdraws a submitted, approved or waitlisted application; a place it held goes to the first waitlisted.' })
  withdrawMyApplication(@Auth() auth: RequestAuth, @Args('token') token: string, @Args('reason', { nullable: true }) reason?: string): Promise<ApplicationViewModel> {
    return this.participants.withdraw(auth, token, reason ?? null);
  }
}
