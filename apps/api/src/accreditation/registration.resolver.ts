// The public registration of the GraphQL contract (visitors, rate-limited, Idempotency-Key).
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Auth, type RequestAuth } from '../auth/request-auth.js';
import { OpenToVisitors } from '../auth/signed-in-mutations.guard.js';
import { Idempotency } from '../idempotency/idempotency.decorator.js';
import type { IdempotencyRequest } from '../idempotency/idempotency-request.js';
import { ApplicationReceiptModel } from './models/application-receipt.model.js';
import { SubmitApplicationInput } from './models/submit-application.input.js';
import { RegistrationService } from './registration.service.js';

@Resolver()
export class RegistrationResolver {
  constructor(private readonly registration: RegistrationService) {}

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
    return this.registration.submit(auth, input, idempotency);
  }
}
