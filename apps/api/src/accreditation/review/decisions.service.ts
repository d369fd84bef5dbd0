// Organizers' decisions on applications, in batches of up to 200: approve, reject, waitlist,
// cancel. Who may decide is all or nothing (an id outside the reader's categories refuses the
// batch and writes nothing); what happens to each id is its own outcome (a full category, a
// used-up media quota, a move the lifecycle does not allow), and the others proceed. Each id
// runs under a savepoint, so a failed one leaves no trace; each move goes through the lifecycle's
// one transition function (audit with reviewer and reason, places, promotion, mail through the
// outbox), and the batch claims its Idempotency-Key in the same transaction.
import { Inject, Injectable } from '@nestjs/common';
import type { AccreditationKind, ApplicationStatus, Database, Prisma } from '@caravan/db';
import { RegistrationRuleError } from '@caravan/forums/registration';
import { AuditService } from '../../audit/audit.service.js';
import { forbidden } from '../../auth/auth.errors.js';
import { requireSignedIn } from '../../auth/policy/require-scope.js';
import type { Viewer } from '../../auth/viewer.js';
import { AppError, badField } from '../../common/errors/app-error.js';
import { parseInput } from '../../common/errors/parse-input.js';
import { auditedWrite } from '../../common/write/audited-write.js';
import { RowLocks } from '../../common/write/row-locks.js';
import { DATABASE } from '../../config/config.tokens.js';
import type { IdempotencyRequest } from '../../idempotency/idempotency-request.js';
import { ApplicationTransitions } from '../application-transitions.js';
import { ZDecisionArgs } from './decision.inputs.js';
import { lockMediaQuotas, mediaQuotasOf, requireMediaPlace } from './media-quota.js';
import type { ApplicationDecisionModel } from './models/application-decision.model.js';
import { handles, requireReviewScope } from './review-scope.js';

export type Decision = 'approve' | 'reject' | 'waitlist' | 'cancel';

const TARGET: Readonly<Record<Decision, ApplicationStatus>> = { approve: 'APPROVED', reject: 'REJECTED', waitlist: 'WAITLISTED', cancel: 'CANCELLED' };

/** The lifecycle asks a reason for these moves; checked before anything is read or written. */
const REASON_REQUIRED: ReadonlySet<Decision> = new Set<Decision>(['reject', 'cancel']);

interface Target {
  id: string;
  editionId: string;
  seriesId: string;
  kind: AccreditationKind;
}

function outcomeOf(error: unknown, id: string, status: ApplicationStatus): ApplicationDecisionModel {
  if (error instanceof AppError || error instanceof RegistrationRuleError) return { id, status, error: error.code, message: error.message, promoted: [] };
  throw error;
}

@Injectable()
export class DecisionsService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly audit: AuditService,
    private readonly transitions: ApplicationTransitions,
    private readonly locks: RowLocks,
  ) {}

  async decide(viewer: Viewer, decision: Decision, args: { ids: readonly string[]; reason?: string | null }, idempotency: IdempotencyRequest | null): Promise<ApplicationDecisionModel[]> {
    const actor = requireSignedIn(viewer, `${decision} applications`);
    const { ids, reason } = parseInput(ZDecisionArgs, { ids: [...args.ids], reason: args.reason ?? null });
    if (reason === null && REASON_REQUIRED.has(decision)) throw badField('reason', `is required to ${decision}: the participant is told why`);
    const targets = await this.targets(ids);
    const editions = [...new Set([...targets.values()].map((t) => t.editionId))];
    if (editions.length > 1) throw badField('ids', 'must all be applications of one edition; decide each edition on its own');
    const first = [...targets.values()][0];
    // No id is an application: nothing to decide, nothing to claim.
    if (first === undefined) return ids.map((id) => ({ id, status: null, error: 'NOT_FOUND', message: 'No application has this id.', promoted: [] }));
    const scope = { seriesId: first.seriesId, editionId: first.editionId };
    const { kinds } = requireReviewScope(actor, 'review', scope);
    const outside = [...targets.values()].filter((t) => !handles(kinds, t.kind)).map((t) => t.id);
    if (outside.length > 0) throw forbidden(`decide ${outside.length === 1 ? 'application' : 'applications'} ${outside.join(', ')} (${kinds.media ? 'only media categories are yours' : 'media categories are the media centre’s'})`);

    return auditedWrite(this.database, this.audit, { scope, audit: { action: 'update', entityType: 'Application' }, idempotency }, { actorId: actor.user.id }, async (tx) => {
      const approvingMedia = decision === 'approve' && [...targets.values()].some((t) => t.kind === 'MEDIA');
      // Locked before any category row, so batches mixing media and other categories cannot deadlock.
      if (approvingMedia) await lockMediaQuotas(tx, this.locks, first.editionId);
      const quotas = approvingMedia ? await mediaQuotasOf(tx, first.editionId) : null;
      const outcomes: ApplicationDecisionModel[] = [];
      for (const id of ids) {
        const target = targets.get(id);
        if (!target) {
          outcomes.push({ id, status: null, error: 'NOT_FOUND', message: 'No application has this id.', promoted: [] });
          continue;
        }
        outcomes.push(await this.decideOne(tx, target, TARGET[decision], reason, actor.user.id, quotas));
      }
      return { result: outcomes, entityId: first.editionId, auditedByWork: true };
    });
  }

  private async decideOne(
    tx: Prisma.TransactionClient,
    target: Target,
    to: ApplicationStatus,
    reason: string | null,
    userId: string,
    quotas: Awaited<ReturnType<typeof mediaQuotasOf>>,
  ): Promise<ApplicationDecisionModel> {
    await tx.$executeRawUnsafe('SAVEPOINT decision');
    try {
      if (to === 'APPROVED' && target.kind === 'MEDIA' && quotas !== null) {
        const application = await tx.application.findUniqueOrThrow({ where: { id: target.id }, select: { editionId: true, outlet: true, citizenship: true, status: true } });
        // A move the lifecycle refuses is reported as such, not as a quota.
        if (application.status === 'SUBMITTED' || application.status === 'WAITLISTED') await requireMediaPlace(tx, quotas, application);
      }
      const moved = await this.transitions.apply(tx, { applicationId: target.id, to, actor: { kind: 'OFFICER', userId }, reason });
      await tx.$executeRawUnsafe('RELEASE SAVEPOINT decision');
      return { id: target.id, status: moved.status, error: null, message: null, promoted: moved.promoted };
    } catch (error) {
      await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT decision');
      const current = await tx.application.findUnique({ where: { id: target.id }, select: { status: true } });
      return outcomeOf(error, target.id, current?.status ?? to);
    }
  }

  /** The applications named, with where they belong; unknown ids are left out. */
  private async targets(ids: readonly string[]): Promise<Map<string, Target>> {
    const rows = await this.database.prisma.application.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, editionId: true, edition: { select: { seriesId: true } }, category: { select: { kind: true } } },
    });
    return new Map(rows.map((row) => [row.id, { id: row.id, editionId: row.editionId, seriesId: row.edition.seriesId, kind: row.category.kind }]));
  }
}
