// The one path every organizer write takes: check the viewer's right to the action in the scope,
// then run the change and its audit row in one transaction. A refused or failing mutation
// therefore writes nothing at all, neither the change nor the audit row. A new mutation plugs in
// by naming its action (auth/policy/actions.ts), its scope and its audit entity:
//
//   return this.runner.run(auth, { action: 'programme.edit', scope, audit: { action: 'create', entityType: 'Session' } },
//     async (tx) => { const row = await tx.session.create(...); return { result: row, entityId: row.id, after: snapshot(row) }; });
import { Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@caravan/db';
import { AuditService } from '../../audit/audit.service.js';
import { MfaPolicy } from '../../auth/mfa-policy.js';
import type { Action } from '../../auth/policy/actions.js';
import type { Scope } from '../../auth/policy/can.js';
import { requireScope } from '../../auth/policy/require-scope.js';
import type { RequestAuth } from '../../auth/request-auth.js';
import { ViewerService } from '../../auth/viewer.service.js';
import type { SignedInViewer } from '../../auth/viewer.js';
import { DATABASE } from '../../config/config.tokens.js';
import type { IdempotencyRequest } from '../../idempotency/idempotency-request.js';
import { auditedWrite, type AuditSpec, type MutationChange } from './audited-write.js';

export type { AuditSpec, MutationChange } from './audited-write.js';

export interface MutationSpec {
  action: Action;
  /** Where the change happens; null only for platform actions (creating a series). */
  scope: Scope | null;
  audit: AuditSpec;
  /** The request's Idempotency-Key (the @Idempotency() parameter): a replay returns the first answer. */
  idempotency?: IdempotencyRequest | null;
}

export type MutationWork<T> = (tx: Prisma.TransactionClient, actor: SignedInViewer) => Promise<MutationChange<T>>;

@Injectable()
export class MutationRunner {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly audit: AuditService,
    private readonly viewers: ViewerService,
    private readonly mfa: MfaPolicy,
  ) {}

  async run<T>(auth: RequestAuth, spec: MutationSpec, work: MutationWork<T>): Promise<T> {
    const actor = requireScope(await this.viewers.viewer(auth), spec.action, spec.scope);
    await this.mfa.check(actor, spec.action);
    return auditedWrite(this.database, this.audit, spec, { actorId: actor.user.id }, (tx) => work(tx, actor));
  }
}
