// Delegation invitations: organizers create and revoke them; the link's holder opens one.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Auth, type RequestAuth } from '../../auth/request-auth.js';
import { DelegationInvitationsService } from './delegation-invitations.service.js';
import { DelegationInvitationLinkModel, DelegationInvitationViewModel } from './models/delegation-invitation.model.js';

@Resolver(() => DelegationInvitationViewModel)
export class DelegationInvitationsResolver {
  constructor(private readonly invitations: DelegationInvitationsService) {}

  @Mutation(() => DelegationInvitationLinkModel, {
    description:
      'Invites a delegation to register its members: a signed link that expires (shown this once), mailed (delegation.invitation) when an email is given; memberQuota sets how many members the delegation may register. Registration officers and series admins of the edition.',
  })
  createDelegationInvitation(
    @Auth() auth: RequestAuth,
    @Args('delegationId', { type: () => ID, description: 'Id of the delegation.' }) delegationId: string,
    @Args('language', { description: 'Language of the mail and of the link’s page, e.g. ru.' }) language: string,
    @Args('email', { type: () => String, nullable: true, description: 'Whom to mail the link to (the head of delegation, say); left out, nobody is mailed.' }) email: string | null,
    @Args('expiresInDays', { type: () => Int, nullable: true, description: 'Days the link works, 1–90 (14 when left out).' }) expiresInDays: number | null,
    @Args('memberQuota', { type: () => Int, nullable: true, description: 'How many members the delegation may register; left out, the quota stays as it is.' }) memberQuota: number | null,
  ): Promise<DelegationInvitationLinkModel> {
    return this.invitations.create(auth, { delegationId, language, email, expiresInDays, memberQuota });
  }

  @Mutation(() => Boolean, { description: 'Withdraws an invitation: its link stops working at once (INVITATION_INVALID, reason revoked).' })
  revokeDelegationInvitation(@Auth() auth: RequestAuth, @Args('id', { type: () => ID, description: 'Id of the invitation.' }) id: string): Promise<boolean> {
    return this.invitations.revoke(auth, id);
  }

  @Query(() => DelegationInvitationViewModel, {
    description: 'What a delegation invitation link opens (for its holder, no sign-in): the delegation, its quota, its members so far and the categories to register them in. INVITATION_INVALID names why a link does not work.',
  })
  delegationInvitation(
    @Args('token', { description: 'The token of the link.' }) token: string,
    @Args('lang', { type: () => String, nullable: true, description: 'Language of the names, e.g. ru; English when left out.' }) lang: string | null,
  ): Promise<DelegationInvitationViewModel> {
    return this.invitations.view(token, lang ?? 'en');
  }
}
