// Administration of organizers: creating, disabling and enabling accounts, granting and revoking roles. Each goes through
// MutationRunner like every other write: the actor's scope is checked first, and the change is
// written together with its audit row.
import { Inject, Injectable } from '@nestjs/common';
import type { Prisma } from '@caravan/db';
import { AppError, alreadyTaken, notFound } from '../common/errors/app-error.js';
import { parseInput } from '../common/errors/parse-input.js';
import { MutationRunner } from '../common/write/mutation-runner.js';
import { ScopeResolver } from '../common/write/scope-resolver.js';
import { AccountsRepository } from './accounts.repository.js';
import { CLOCK, type Clock } from './auth.tokens.js';
import { CreateOrganizerInput, GrantRoleInput } from './auth.schemas.js';
import type { OrganizerModel } from './models/organizer.model.js';
import { PasswordHasher } from './password-hasher.js';
import { requireScope } from './policy/require-scope.js';
import type { Scope } from './policy/can.js';
import type { RequestAuth } from './request-auth.js';
import { RoleGrantsRepository, type GrantRow, type GrantView } from './role-grants.repository.js';
import { ViewerService } from './viewer.service.js';

const grantSnapshot = (grant: GrantRow, email: string) => ({
  userId: grant.userId,
  userEmail: email,
  role: grant.role,
  seriesId: grant.seriesId,
  editionId: grant.editionId,
});

/** The error a second grant of the same role answers, whether a check or the unique index finds it. */
/** As the unique index on User.email reports it (translate-error.ts), so a race answers the same. */
const ORGANIZER_EMAIL = { field: 'email', entity: 'user', within: null } as const;
const roleTaken = () => alreadyTaken({ field: 'role', entity: 'role grant', within: 'account' });

@Injectable()
export class RolesService {
  constructor(
    private readonly runner: MutationRunner,
    private readonly scopes: ScopeResolver,
    private readonly accounts: AccountsRepository,
    private readonly grants: RoleGrantsRepository,
    private readonly hasher: PasswordHasher,
    private readonly viewers: ViewerService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Disables an account (disabled: true) or enables it again. A disabled account cannot sign in
   * or refresh, and its sessions end in the same transaction, so its access tokens stop working
   * at once. Accounts are platform-wide: a series admin may do this only to an account whose
   * roles all lie in their series; any other account (several series, none, a platform admin)
   * is the platform admins'.
   */
  async setOrganizerDisabled(auth: RequestAuth, rawEmail: string, disabled: boolean): Promise<boolean> {
    const { userEmail } = parseInput(GrantRoleInput.pick({ userEmail: true }), { userEmail: rawEmail });
    const target = await this.accounts.userByEmail(userEmail);
    if (target === null) throw notFound(`An organizer account for ${userEmail}`, 'Check the email; the team page lists the accounts of your series.');
    const scope = await this.accountScope(target.id, target.isPlatformAdmin);
    return this.runner.run(auth, { action: 'organizer.disable', scope, audit: { action: 'update', entityType: 'User' } }, async (tx, actor) => {
      if (actor.user.id === target.id) {
        throw new AppError('BAD_USER_INPUT', 'You cannot disable or enable your own account; ask another admin.', [{ field: 'userEmail', reason: 'is your own account' }]);
      }
      const now = this.clock();
      const before = await tx.user.findUniqueOrThrow({ where: { id: target.id }, select: { disabledAt: true } });
      await tx.user.update({ where: { id: target.id }, data: { disabledAt: disabled ? (before.disabledAt ?? now) : null } });
      const ended = disabled ? await this.accounts.revokeSessionsOf(tx, target.id, now) : 0;
      return {
        result: true,
        entityId: target.id,
        before: { email: target.email, disabled: before.disabledAt !== null },
        after: { email: target.email, disabled, ...(disabled ? { sessionsEnded: ended } : {}) },
      };
    });
  }

  async grantRole(auth: RequestAuth, raw: GrantRoleInput): Promise<GrantView> {
    const input = parseInput(GrantRoleInput, raw);
    const scope = await this.scopeOf(input.seriesSlug, input.editionNumber);
    const grant = await this.runner.run(auth, { action: 'role.grant', scope, audit: { action: 'grant', entityType: 'RoleGrant' } }, async (tx) => {
      const user = await this.accounts.userByEmail(input.userEmail, tx);
      if (user === null) throw notFound(`An organizer account for ${input.userEmail}`, 'Create it with createOrganizer first.');
      // A series-wide grant has a NULL edition, which the unique index does not compare, so
      // concurrent grants of the same role take turns on a lock and the later one sees the first.
      await this.lockGrant(tx, scope, user.id, input.role);
      if (await this.grants.existing(tx, scope, user.id, input.role)) throw roleTaken();
      const created = await this.grants.create(tx, scope, user.id, input.role);
      return { result: created, entityId: created.id, after: grantSnapshot(created, user.email) };
    });
    const [view] = await this.grants.describe([grant]);
    if (view === undefined) throw notFound('The new role grant', 'It was removed right after being granted; list the roles again.');
    return view;
  }

  async revokeRole(auth: RequestAuth, grantId: string): Promise<boolean> {
    const grant = await this.grants.byId(grantId);
    if (grant === null) throw notFound(`Role grant ${grantId}`, 'It may have been revoked already; list the roles again.');
    const scope: Scope = { seriesId: grant.seriesId, editionId: grant.editionId };
    return this.runner.run(auth, { action: 'role.revoke', scope, audit: { action: 'revoke', entityType: 'RoleGrant' } }, async (tx) => {
      const holder = await this.accounts.userById(grant.userId);
      if (!(await this.grants.delete(tx, scope, grant.id))) throw notFound(`Role grant ${grantId}`, 'It was revoked by someone else meanwhile.');
      return { result: true, entityId: grant.id, before: grantSnapshot(grant, holder?.email ?? '') };
    });
  }

  async createOrganizer(auth: RequestAuth, raw: CreateOrganizerInput): Promise<OrganizerModel> {
    const input = parseInput(CreateOrganizerInput, raw);
    // Without a series only platform admins may create accounts: organizer.create has no scope then.
    const scope = input.seriesSlug === null ? null : await this.scopeOf(input.seriesSlug, null);
    // Hashing costs tens of milliseconds of CPU on purpose: only a caller who may create the
    // account, for an email not yet taken, gets that far. The runner checks the right again in
    // its transaction, and the unique index still settles a race between two creators.
    requireScope(await this.viewers.viewer(auth), 'organizer.create', scope);
    if ((await this.accounts.userByEmail(input.email)) !== null) throw alreadyTaken(ORGANIZER_EMAIL);
    const passwordHash = await this.hasher.hash(input.password);
    const user = await this.runner.run(auth, { action: 'organizer.create', scope, audit: { action: 'create', entityType: 'User' } }, async (tx) => {
      const created = await this.accounts.createUser(tx, { email: input.email, displayName: input.displayName, passwordHash });
      return { result: created, entityId: created.id, after: { email: created.email, displayName: created.displayName } };
    });
    return { ...user, roles: [] };
  }

  /** The one series all of the account's roles lie in; null (platform admins only) otherwise. */
  private async accountScope(userId: string, isPlatformAdmin: boolean): Promise<Scope | null> {
    if (isPlatformAdmin) return null;
    const series = new Set((await this.grants.forUser(userId)).map((grant) => grant.seriesId));
    const [only] = series;
    return series.size === 1 && only !== undefined ? { seriesId: only } : null;
  }

  private async lockGrant(tx: Prisma.TransactionClient, scope: Scope, userId: string, role: string): Promise<void> {
    const key = `role-grant:${userId}:${scope.seriesId}:${scope.editionId ?? '*'}:${role}`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
  }

  private async scopeOf(seriesSlug: string, editionNumber: number | null): Promise<Scope> {
    return editionNumber === null ? this.scopes.series(seriesSlug) : this.scopes.edition(seriesSlug, editionNumber);
  }
}
