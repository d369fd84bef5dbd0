// Registering a delegation's members: one by one through the invitation link (its holder, no
// sign-in), or all at once from a CSV (organizers).
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { JSONScalar as GraphQLJSON } from '../../common/graphql/json.scalar.js';
import { Auth, type RequestAuth } from '../../auth/request-auth.js';
import { OpenToVisitors } from '../../auth/signed-in-mutations.guard.js';
import { Idempotency } from '../../idempotency/idempotency.decorator.js';
import type { IdempotencyRequest } from '../../idempotency/idempotency-request.js';
import { ApplicationReceiptModel } from '../models/application-receipt.model.js';
import { DelegationMembersService } from './delegation-members.service.js';

@Resolver(() => ApplicationReceiptModel)
export class DelegationMembersResolver {
  constructor(private readonly members: DelegationMembersService) {}

  @OpenToVisitors('the invitation token is the credential: signed, expiring, revocable, one delegation; rate-limited per address and idempotent')
  @Mutation(() => ApplicationReceiptModel, {
    description:
      "Registers one member of the delegation an invitation link opens, within the delegation's quota (DELEGATION_QUOTA_FULL past it). A link that does not work: INVITATION_INVALID with extensions.reason (forged, expired, revoked, unknown). Honours the Idempotency-Key header.",
  })
  registerDelegationMember(
    @Auth() auth: RequestAuth,
    @Idempotency() idempotency: IdempotencyRequest | null,
    @Args('token', { description: 'The token of the invitation link.' }) token: string,
    @Args('category', { description: 'Slug of a delegation category of the edition (DelegationInvitationView.categories).' }) category: string,
    @Args('language', { description: "The member's language (BCP 47): it chooses the mail's template." }) language: string,
    @Args('answers', { type: () => GraphQLJSON, description: 'The member’s answers, in the RegistrationSubmission shape (photo may follow later).' }) answers: unknown,
  ): Promise<ApplicationReceiptModel> {
    return this.members.register(auth, { token, category, language, answers }, idempotency);
  }

  @Mutation(() => [ApplicationReceiptModel], {
    description:
      "Imports a delegation's members from a CSV (a header line, one member per line; delegationCsvHeader names the columns). All or nothing: any bad row answers BAD_USER_INPUT naming each line and field (csv.line<N>.<field>) and nothing is written; the delegation's quota holds. Registration officers and series admins of the edition.",
  })
  importDelegationMembers(
    @Auth() auth: RequestAuth,
    @Args('delegationId', { type: () => ID, description: 'Id of the delegation.' }) delegationId: string,
    @Args('category', { description: 'Slug of the delegation category every member is registered in.' }) category: string,
    @Args('csv', { description: 'The file’s text (UTF-8), at most 1 MB and 500 members.' }) csv: string,
  ): Promise<ApplicationReceiptModel[]> {
    return this.members.import(auth, { delegationId, category, csv });
  }
}
