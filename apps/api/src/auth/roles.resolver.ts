// Organizer and role administration mutations: arguments in, RolesService out.
import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { OrganizerModel } from './models/organizer.model.js';
import { OrganizerRole } from '../common/graphql/enums.js';
import { RoleGrantModel } from './models/role-grant.model.js';
import { Auth, type RequestAuth } from './request-auth.js';
import { RolesService } from './roles.service.js';
import type { GrantView } from './role-grants.repository.js';

@Resolver()
export class RolesResolver {
  constructor(private readonly roles: RolesService) {}

  @Mutation(() => RoleGrantModel, { description: 'Grants a role in a series, or in one edition when editionNumber is given. Series admins and platform admins only.' })
  async grantRole(
    @Auth() request: RequestAuth,
    @Args('userEmail', { description: 'Email of an existing organizer account.' }) userEmail: string,
    @Args('role', { type: () => OrganizerRole }) role: OrganizerRole,
    @Args('seriesSlug', { description: 'Series slug, e.g. china-central-asia.' }) seriesSlug: string,
    @Args('editionNumber', { type: () => Int, nullable: true, description: 'Limit the role to this edition.' }) editionNumber?: number | null,
  ): Promise<GrantView> {
    return this.roles.grantRole(request, { userEmail, role, seriesSlug, editionNumber: editionNumber ?? null });
  }

  @Mutation(() => Boolean, { description: 'Revokes a role grant (see Organizer.roles for ids).' })
  async revokeRole(@Auth() request: RequestAuth, @Args('grantId', { type: () => ID }) grantId: string): Promise<boolean> {
    return this.roles.revokeRole(request, grantId);
  }

  @Mutation(() => Boolean, {
    description:
      'Disables an organizer account: it can no longer sign in or refresh, and its sessions end at once. Series admins may disable accounts whose roles all lie in their series; platform admins any other.',
  })
  disableOrganizer(@Auth() request: RequestAuth, @Args('userEmail', { description: 'Email of the account.' }) userEmail: string): Promise<boolean> {
    return this.roles.setOrganizerDisabled(request, userEmail, true);
  }

  @Mutation(() => Boolean, { description: 'Enables a disabled organizer account again (the same admins as disableOrganizer); it signs in anew.' })
  enableOrganizer(@Auth() request: RequestAuth, @Args('userEmail', { description: 'Email of the account.' }) userEmail: string): Promise<boolean> {
    return this.roles.setOrganizerDisabled(request, userEmail, false);
  }

  @Mutation(() => OrganizerModel, {
    description: 'Creates an organizer account. Series admins pass the seriesSlug they administer; platform admins may leave it out.',
  })
  async createOrganizer(
    @Auth() request: RequestAuth,
    @Args('email') email: string,
    @Args('displayName') displayName: string,
    @Args('password', { description: 'At least 12 characters; share it with the person privately.' }) password: string,
    @Args('seriesSlug', { type: () => String, nullable: true, description: 'The series the account is created for (recorded in its audit trail).' }) seriesSlug?: string | null,
  ): Promise<OrganizerModel> {
    return this.roles.createOrganizer(request, { email, displayName, password, seriesSlug: seriesSlug ?? null });
  }
}
