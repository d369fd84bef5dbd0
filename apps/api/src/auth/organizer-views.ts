// Builds the Organizer GraphQL view of an account with its role grants.
import { Injectable } from '@nestjs/common';
import type { OrganizerModel } from './models/organizer.model.js';
import { RoleGrantsRepository } from './role-grants.repository.js';
import type { ViewerUser } from './viewer.js';

@Injectable()
export class OrganizerViews {
  constructor(private readonly grants: RoleGrantsRepository) {}

  async of(user: ViewerUser): Promise<OrganizerModel> {
    const roles = await this.grants.describe(await this.grants.forUser(user.id));
    return { id: user.id, email: user.email, displayName: user.displayName, isPlatformAdmin: user.isPlatformAdmin, roles };
  }
}
