// The one path every organizer mutation takes: check the viewer's right to the action in the
// scope, then run the change and its audit row in one transaction. A refused or failing
// mutation therefore writes nothing at all, neither the change nor the audit row.
import { Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@caravan/db';
import type { AuditAction, AuditJson } from '../../audit/audit-entry.js';
import { AuditService } from '../../audit/audit.service.js';
import type { Action } from '../../auth/policy/actions.js';
import type { Scope } from '../../auth/policy/can.js';
import { requireScope } from '../../auth/policy/require-scope.js';
import type { SignedInViewer, Viewer } from '../../auth/viewer.js';
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

export interface MutationSpec {
  action: Action;
  /** Where the change happens; null only for platform actions (creating a series). */
  scope: Scope | null;
  audit: { action: AuditAction; entityType: string };
}

@Injectable()
export class MutationRunner {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly audit: AuditService,
  ) {}

  async run<T>(
    viewer: Viewer,
    spec: MutationSpec,
    work: (tx: Prisma.TransactionClient, actor: SignedInViewer) => Promise<MutationChange<T>>,
  ): Promise<T> {
    const actor = requireScope(viewer, spec.action, spec.scope);
    return this.database.prisma.$transaction(async (tx) => {
      const change = await work(tx, actor);
      await this.audit.record(tx, {
        seriesId: (change.auditScope ?? spec.scope)?.seriesId ?? null,
        editionId: (change.auditScope ?? spec.scope)?.editionId ?? null,
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
