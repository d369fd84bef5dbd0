// The life of an agreement after its forum: each reported step is a dated AgreementMilestone,
// and a step to a new status must be allowed by transitionAgreement (@caravan/forums). A later
// edition of the same series may report steps of an agreement signed at an earlier one; the
// change is then scoped to (and audited in) the reporting edition.
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import { calendarDate, dateColumn } from '@caravan/db/read-models';
import { transitionAgreement, ZAgreementMilestoneInput, type AgreementStatus } from '@caravan/forums';
import type { AgreementRow } from '../../agreements/agreements.repository.js';
import type { RequestAuth } from '../../auth/request-auth.js';
import { badField } from '../../common/errors/app-error.js';
import { inField } from '../../common/errors/translate-error.js';
import { DATABASE } from '../../config/config.tokens.js';
import { auditJson } from '../../common/write/audit-snapshot.js';
import { parseGraphQLInput } from '../../common/write/input-type.js';
import type { LocalizedTextInput } from '../../common/write/localized-text.input.js';
import { MutationRunner } from '../../common/write/mutation-runner.js';
import { RowLocks } from '../../common/write/row-locks.js';
import { AgreementsWriter } from './agreements.writer.js';

export interface MilestoneRequest {
  status: AgreementStatus;
  date: string;
  note?: LocalizedTextInput[] | null;
  /** Number of the edition reporting the step, in the agreement's series; its own edition when null. */
  editionNumber?: number | null;
  /** True for transitionAgreement: the status must change. False also records progress in the same status. */
  mustChangeStatus: boolean;
  /** Field names of the request, so errors point at what the client sent. */
  fields: { status: string; edition: string };
}

@Injectable()
export class AgreementMilestonesWriter {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly runner: MutationRunner,
    private readonly agreements: AgreementsWriter,
    private readonly locks: RowLocks,
  ) {}

  async record(auth: RequestAuth, agreementId: string, request: MilestoneRequest): Promise<AgreementRow> {
    const { current: found, scope: own } = await this.agreements.find(agreementId);
    const scope = request.editionNumber == null ? own : await this.reportingEdition(found, own.seriesId, request);
    return this.runner.run(auth, { action: 'agreement.edit', scope, audit: { action: 'update', entityType: 'Agreement' } }, async (tx) => {
      // Two steps from the same status must not both pass: the second waits, then reads the first's result.
      await this.locks.lock(tx, 'Agreement', [found.id]);
      const current = await tx.agreement.findUniqueOrThrow({ where: { id: found.id } });
      const milestone = parseGraphQLInput(ZAgreementMilestoneInput, { status: request.status, date: request.date, note: request.note });
      const status = this.nextStatus(current.status, milestone.status, request);
      const date = dateColumn(milestone.date);
      if (current.signedOn && date < current.signedOn) {
        throw badField('date', `${milestone.date} is before the agreement was signed (${calendarDate(current.signedOn)})`);
      }
      const signedOn = status === 'SIGNED' && current.signedOn === null ? date : current.signedOn;
      const row = await tx.agreement.update({ where: { id: current.id }, data: { status, signedOn } });
      const saved = await tx.agreementMilestone.create({
        data: { agreementId: current.id, editionId: scope.editionId, date, status: milestone.status, ...(milestone.note ? { note: milestone.note } : {}) },
      });
      return {
        result: row,
        entityId: row.id,
        before: auditJson({ status: current.status, signedOn: current.signedOn }),
        after: auditJson({ status: row.status, signedOn: row.signedOn, milestone: { id: saved.id, status: saved.status, date: saved.date, editionId: saved.editionId, note: saved.note } }),
      };
    });
  }

  private nextStatus(from: AgreementStatus, to: AgreementStatus, request: MilestoneRequest): AgreementStatus {
    if (from === to && !request.mustChangeStatus) return from;
    return inField(request.fields.status, () => transitionAgreement(from, to));
  }

  private async reportingEdition(agreement: AgreementRow, seriesId: string, request: MilestoneRequest) {
    const [signedAt, reporting] = await Promise.all([
      this.database.prisma.edition.findUniqueOrThrow({ where: { id: agreement.editionId }, select: { number: true } }),
      this.database.prisma.edition.findFirst({ where: { seriesId, number: request.editionNumber ?? undefined }, select: { id: true, number: true } }),
    ]);
    if (!reporting) throw badField(request.fields.edition, `names no edition ${request.editionNumber} of this agreement's series`);
    if (reporting.number < signedAt.number) {
      throw badField(request.fields.edition, `edition ${reporting.number} comes before edition ${signedAt.number}, where the agreement was made; report steps at that edition or a later one`);
    }
    return { seriesId, editionId: reporting.id };
  }
}
