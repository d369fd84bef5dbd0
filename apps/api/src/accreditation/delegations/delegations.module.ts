// Bounded context: delegations registering their members (invitation links, the CSV import).
import { Module } from '@nestjs/common';
import { AccreditationModule } from '../accreditation.module.js';
import { DelegationInvitationsResolver } from './delegation-invitations.resolver.js';
import { DelegationInvitationsService } from './delegation-invitations.service.js';
import { DelegationMembersResolver } from './delegation-members.resolver.js';
import { DelegationMembersService } from './delegation-members.service.js';
import { InvitationTokens } from './invitation-tokens.js';

@Module({
  imports: [AccreditationModule],
  providers: [InvitationTokens, DelegationInvitationsService, DelegationInvitationsResolver, DelegationMembersService, DelegationMembersResolver],
})
export class DelegationsModule {}
