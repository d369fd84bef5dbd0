// Who must use two-step sign-in, and for what. Platform admins and series admins (anyone holding
// SERIES_ADMIN in some scope) must have it on to administer accounts and roles, once their
// account is older than ADMIN_MFA_GRACE_DAYS: a new admin can sign in, enrol, and meanwhile work.
// Checked by MutationRunner after the right itself, so a refusal names what to do next.
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import { API_CONFIG, DATABASE } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';
import { mfaEnrolmentRequired } from './auth.errors.js';
import { CLOCK, type Clock } from './auth.tokens.js';
import type { Action } from './policy/actions.js';
import type { SignedInViewer } from './viewer.js';

/** The actions that need an admin's second factor: administering accounts, roles and tenants. */
export const MFA_GUARDED_ACTIONS: ReadonlySet<Action> = new Set<Action>([
  'role.grant',
  'role.revoke',
  'organizer.create',
  'organizer.disable',
  'series.create',
  'platform.grant-admin',
]);

const DAY_MS = 24 * 60 * 60 * 1000;

@Injectable()
export class MfaPolicy {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Throws MFA_ENROLMENT_REQUIRED when this admin must have two-step sign-in on for the action and has not. */
  async check(actor: SignedInViewer, action: Action): Promise<void> {
    if (!MFA_GUARDED_ACTIONS.has(action)) return;
    const isAdmin = actor.user.isPlatformAdmin || actor.grants.some((grant) => grant.role === 'SERIES_ADMIN');
    if (!isAdmin) return;
    const account = await this.database.prisma.user.findUnique({ where: { id: actor.user.id }, select: { createdAt: true, totpEnabledAt: true } });
    if (account === null || account.totpEnabledAt !== null) return;
    if (this.clock().getTime() < account.createdAt.getTime() + this.config.adminMfaGraceDays * DAY_MS) return;
    throw mfaEnrolmentRequired(this.config.adminMfaGraceDays);
  }
}
