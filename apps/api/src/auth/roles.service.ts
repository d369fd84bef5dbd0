// Administration of organizers: creating accounts, granting and revoking roles. Each change is
// checked against the actor's scope first and written together with its audit row.
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import { AuditService } from '../audit/audit.service.js';
import { BadUserInputError, NotFoundError } from '../common/errors/domain-error.js';
import { parseInput } from '../common/errors/parse-input.js';
import { DATABASE } from '../config/config.tokens.js';
import { AccountsRepository } from './accounts.repository.js';
import { AuthError } from './auth.errors.js';
import { CreateOrganizerInput, GrantRoleInput } from './auth.schemas.js';
import type { OrganizerModel } from './models/organizer.model.js';
import { PasswordHasher } from './password-hasher.js';
import type { Scope } from './policy/can.js';
import { requireScope, requireSignedIn } from './policy/require-scope.js';
import { RoleGrantsRepository, type GrantRow, type GrantView } from './role-grants.repository.js';
import type { Viewer } from './viewer.js';

const grantSnapshot = (grant: GrantRow, email: string) => ({
  userId: grant.userId,
  userEmail: email,
  role: grant.role,
  seriesId: grant.seriesId,
  editionId: grant.editionId,
});

@Injectable()
export class RolesService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly accounts: AccountsRepository,
    private readonly grants: RoleGrantsRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async grantRole(viewer: Viewer, raw: GrantRoleInput): Promise<GrantView> {
    requireSignedIn(viewer, 'grant roles');
    const input = parseInput(GrantRoleInput, raw);
    const scope = await this.scopeOf(input.seriesSlug, input.editionNumber);
    const actor = requireScope(viewer, 'role.grant', scope);
    const user = await this.accounts.userByEmail(input.userEmail);
    if (user === null) throw new NotFoundError(`An organizer account for ${input.userEmail}`, 'Create it with createOrganizer first.');
    const grant = await this.db.prisma.$transaction(async (tx) => {
      if (await this.grants.existing(tx, scope, user.id, input.role)) {
        throw new BadUserInputError([{ field: 'role', reason: `is already held by ${user.email} in this scope` }]);
      }
      const created = await this.grants.create(tx, scope, user.id, input.role);
      await this.audit.record(tx, {
        seriesId: scope.seriesId,
        editionId: scope.editionId ?? null,
        actorId: actor.user.id,
        action: 'grant',
        entityType: 'RoleGrant',
        entityId: created.id,
        after: grantSnapshot(created, user.email),
      });
      return created;
    });
    const [view] = await this.grants.describe([grant]);
    if (view === undefined) throw new NotFoundError('The new role grant', 'It was removed right after being granted; list the roles again.');
    return view;
  }

  async revokeRole(viewer: Viewer, grantId: string): Promise<boolean> {
    requireSignedIn(viewer, 'revoke roles');
    const grant = await this.grants.byId(grantId);
    if (grant === null) throw new NotFoundError(`Role grant ${grantId}`, 'It may have been revoked already; list the roles again.');
    const scope: Scope = { seriesId: grant.seriesId, editionId: grant.editionId };
    const actor = requireScope(viewer, 'role.revoke', scope);
    const holder = await this.accounts.userById(grant.userId);
    return this.db.prisma.$transaction(async (tx) => {
      if (!(await this.grants.delete(tx, scope, grant.id))) {
        throw new NotFoundError(`Role grant ${grantId}`, 'It was revoked by someone else meanwhile.');
      }
      await this.audit.record(tx, {
        seriesId: scope.seriesId,
        editionId: scope.editionId ?? null,
        actorId: actor.user.id,
        action: 'revoke',
        entityType: 'RoleGrant',
        entityId: grant.id,
        before: grantSnapshot(grant, holder?.email ?? ''),
      });
      return true;
    });
  }

  async createOrganizer(viewer: Viewer, raw: CreateOrganizerInput): Promise<OrganizerModel> {
    const signedIn = requireSignedIn(viewer, 'create organizer accounts');
    const input = parseInput(CreateOrganizerInput, raw);
    let scope: Scope | null = null;
    if (input.seriesSlug !== null) {
      scope = await this.scopeOf(input.seriesSlug, null);
    } else if (!signedIn.user.isPlatformAdmin) {
      throw new AuthError(
        'FORBIDDEN',
        'Only platform admins create accounts outside a series. Pass seriesSlug of a series you administer.',
      );
    }
    const actor = requireScope(viewer, 'organizer.create', scope);
    const passwordHash = await this.hasher.hash(input.password);
    const user = await this.db.prisma.$transaction(async (tx) => {
      if (await this.accounts.userByEmail(input.email, tx)) {
        throw new BadUserInputError([{ field: 'email', reason: 'already has an account; grant it a role with grantRole instead' }]);
      }
      const created = await this.accounts.createUser(tx, { email: input.email, displayName: input.displayName, passwordHash });
      await this.audit.record(tx, {
        seriesId: scope?.seriesId ?? null,
        actorId: actor.user.id,
        action: 'create',
        entityType: 'User',
        entityId: created.id,
        after: { email: created.email, displayName: created.displayName },
      });
      return created;
    });
    return { ...user, roles: [] };
  }

  private async scopeOf(seriesSlug: string, editionNumber: number | null): Promise<Scope> {
    const series = await this.grants.seriesIdBySlug(seriesSlug);
    if (series === null) throw new NotFoundError(`Series "${seriesSlug}"`, 'Check the slug in the series list.');
    if (editionNumber === null) return { seriesId: series.id, editionId: null };
    const edition = await this.grants.editionIdByNumber(series.id, editionNumber);
    if (edition === null) throw new NotFoundError(`Edition ${editionNumber} of "${seriesSlug}"`, 'Check the edition number.');
    return { seriesId: series.id, editionId: edition.id };
  }
}
