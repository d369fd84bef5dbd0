// One function for every change of an application's status: the lifecycle's check (who may make
// the move, with which reason), the place bookkeeping (taking a place on approval, freeing it when
// an approved application leaves, promoting the first waitlisted into a freed place), the audit
// row with actor and reason, and the participant's mail through the outbox, all in the caller's
// transaction. Review, delegations and the participant's own actions all come through here.
import { Injectable } from '@nestjs/common';
import type { Prisma } from '@caravan/db';
import { transitionApplication, type ApplicationActor, type ApplicationStatus } from '@caravan/forums/registration';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import { ApplicationMail, mailKindFor } from './application-mail.js';
import { CategoryPlaces } from './category-places.js';

/** Who moves the application: an officer (user id), the participant (address hash) or the system. */
export type TransitionActor =
  | { kind: 'OFFICER'; userId: string }
  | { kind: 'PARTICIPANT'; clientAddressHash: string | null; userId?: string | null }
  | { kind: 'SYSTEM' };

export interface TransitionRequest {
  applicationId: string;
  to: ApplicationStatus;
  actor: TransitionActor;
  reason?: string | null;
  /** For a move to APPROVED of a full category: WAITLIST it instead (auto-approval) or refuse (default). */
  whenFull?: 'refuse' | 'waitlist';
  /** No mail for this move (a step the next move of the same request reports). */
  silent?: boolean;
}

export interface TransitionOutcome {
  id: string;
  from: ApplicationStatus;
  status: ApplicationStatus;
  /** Applications promoted from the waitlist into the place this move freed. */
  promoted: string[];
}

export const categoryFull = (): AppError =>
  new AppError('CATEGORY_FULL', 'The category has no place left.', [{ field: 'category', reason: 'has no place left', code: 'category_full', message: 'has no place left' }]);

export const MAIL_INCLUDE = {
  category: { select: { name: true } },
  edition: { select: { number: true, theme: true, startDate: true, endDate: true, seriesId: true, series: { select: { slug: true, name: true } } } },
} as const;

function auditAuthor(actor: TransitionActor): { actorId: string | null; clientAddressHash?: string | null } {
  if (actor.kind === 'OFFICER') return { actorId: actor.userId };
  if (actor.kind === 'PARTICIPANT') return { actorId: actor.userId ?? null, clientAddressHash: actor.clientAddressHash };
  return { actorId: null };
}

@Injectable()
export class ApplicationTransitions {
  constructor(
    private readonly places: CategoryPlaces,
    private readonly audit: AuditService,
    private readonly mail: ApplicationMail,
  ) {}

  async apply(tx: Prisma.TransactionClient, request: TransitionRequest, promotedFrom = false): Promise<TransitionOutcome> {
    const application = await tx.application.findUnique({ where: { id: request.applicationId }, include: MAIL_INCLUDE });
    if (!application) throw new AppError('NOT_FOUND', 'The application was not found.', [{ field: 'id', reason: 'is not an application' }]);
    const from = application.status as ApplicationStatus;
    let to = request.to;
    const checked = transitionApplication({ from, to, actor: request.actor.kind as ApplicationActor, reason: request.reason ?? null });
    if (to === 'APPROVED' && !(await this.places.take(tx, application.categoryId))) {
      if (request.whenFull !== 'waitlist' || from !== 'SUBMITTED') throw categoryFull();
      to = 'WAITLISTED';
    }
    const now = new Date();
    const decided = request.actor.kind !== 'PARTICIPANT';
    // Guarded by the status read above: a concurrent move of the same application makes this one fail cleanly.
    const moved = await tx.application.updateMany({
      where: { id: application.id, status: from },
      data: {
        status: to,
        version: { increment: 1 },
        ...(to === 'WAITLISTED' ? { waitlistedAt: now } : {}),
        ...(from === 'DRAFT' ? { submittedAt: now } : {}),
        ...(decided ? { decidedAt: now, decidedById: request.actor.kind === 'OFFICER' ? request.actor.userId : null, decisionReason: checked.reason } : {}),
      },
    });
    if (moved.count !== 1) throw new AppError('STALE_EDIT', 'The application changed meanwhile; reload it and decide again.', [{ field: 'id', reason: 'changed meanwhile' }]);
    const promoted: string[] = [];
    if (from === 'APPROVED') {
      await this.places.free(tx, application.categoryId);
      const next = await this.places.firstWaitlisted(tx, application.categoryId);
      if (next) {
        await this.apply(tx, { applicationId: next, to: 'APPROVED', actor: { kind: 'SYSTEM' } }, true);
        promoted.push(next);
      }
    }
    await this.audit.record(tx, {
      seriesId: application.edition.seriesId,
      editionId: application.editionId,
      ...auditAuthor(request.actor),
      action: 'update',
      entityType: 'Application',
      entityId: application.id,
      before: { status: from },
      after: { status: to, action: from === 'WAITLISTED' && to === 'APPROVED' ? 'PROMOTE' : checked.action, reason: checked.reason, by: request.actor.kind },
    });
    const kind = mailKindFor(to, promotedFrom || (from === 'WAITLISTED' && to === 'APPROVED'));
    if (kind && kind !== 'application.access-link' && !request.silent) await this.mail.record(tx, kind, { ...application, decisionReason: checked.reason });
    return { id: application.id, from, status: to, promoted };
  }
}
