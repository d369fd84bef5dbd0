// The one path every organizer write takes: check the viewer's right to the action in the scope,
// then run the change and its audit row in one transaction. A refused or failing mutation
// therefore writes nothing at all, neither the change nor the audit row. A new mutation plugs in
// by naming its action (auth/policy/actions.ts), its scope and its audit entity:
//
//   return this.runner.run(auth, { action: 'programme.edit', scope, audit: { action: 'create', entityType: 'Session' } },
//     async (tx) => { const row = await tx.session.create(...); return { result: row, entityId: row.id, after: snapshot(row) }; });
import { Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@caravan/db';
import type { AuditAction, AuditJson } from '../../audit/audit-entry.js';
import { AuditService } from '../../audit/audit.service.js';
import type { Action } from '../../auth/policy/actions.js';
import type { Scope } from '../../auth/policy/can.js';
import { requireScope } from '../../auth/policy/require-scope.js';
import type { RequestAuth } from '../../auth/request-auth.js';
import { ViewerService } from '../../auth/viewer.service.js';
import type { SignedInViewer } from '../../auth/viewer.js';
import { DATABASE } from '../../config/config.tokens.js';

export interface MutationChange<T> {
  /** What the mutation returns to the client. */
  result: T;
  entityId: string;
  /** Plain JSON snapshots for the audit trail (never raw rows with secrets). */
  before?: AuditJson;
  after?: AuditJson;
  /** Where the change landed, when the spec could not know it beforehand (a new series). */
  auditScope?: Scope;
}

export interface AuditSpec {
  action: AuditAction;
  entityType: string;
}

export interface MutationSpec {
  action: Action;
  /** Where the change happens; null only for platform actions (creating a series). */
  scope: Scope | null;
  audit: AuditSpec;
}

export type MutationWork<T> = (tx: Prisma.TransactionClient, actor: SignedInViewer) => Promise<MutationChange<T>>;

@Injectable()
export class MutationRunner {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly audit: AuditService,
    private readonly viewers: ViewerService,
  ) {}

  async run<T>(auth: RequestAuth, spec: MutationSpec, work: MutationWork<T>): Promise<T> {
    const actor = requireScope(await this.viewers.viewer(auth), spec.action, spec.scope);
    return this.database.prisma.$transaction(async (tx) => {
      const change = await work(tx, actor);
      const where = change.auditScope ?? spec.scope;
      await this.audit.record(tx, {
        seriesId: where?.seriesId ?? null,
        editionId: where?.editionId ?? null,
        actorId: actor.user.id,
        action: spec.audit.action,
        entityType: spec.audit.entityType,
        entityId: change.entityId,
        before: change.before ?? null,
        after: change.after ?? null,
      });
      return change.result;
    });
  }
}
