// A delegation's members become applications of its edition: one by one through the invitation
// link (visitors, rate-limited, Idempotency-Key), or all at once from a CSV an organizer imports
// (every bad row named with its line and field, nothing written when any fails). Either way the
// delegation's row is locked before its members are counted, so two registrars racing for the
// last place of the quota cannot both take it.
import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type Database } from '@caravan/db';
import { checkDelegationQuota, formatImportProblem, parseDelegationCsv, parseRegistration } from '@caravan/forums/registration';
import type { RequestAuth } from '../../auth/request-auth.js';
import { AppError, badInput } from '../../common/errors/app-error.js';
import { ZLanguageTag } from '../../common/graphql/request-language.js';
import { MutationRunner } from '../../common/write/mutation-runner.js';
import { PublicWriteRunner } from '../../common/write/public-write-runner.js';
import { RowLocks } from '../../common/write/row-locks.js';
import { DATABASE } from '../../config/config.tokens.js';
import type { IdempotencyRequest } from '../../idempotency/idempotency-request.js';
import { ApplicationIntake, EDITION_FOR_INTAKE, withPlaceAtCommit, type ApplicationReceipt, type EditionForIntake } from '../application-intake.js';
import { formOf, registrationProblems, submissionSchema, toDomainCategory, type CategoryRow } from '../registration-context.js';
import { SUBMISSION_LIMIT } from '../registration.service.js';
import { COUNTED_STATUSES, DELEGATION_KINDS, DelegationInvitationsService } from './delegation-invitations.service.js';

const quotaFull = (quota: number, current: number, adding: number): AppError =>
  new AppError('DELEGATION_QUOTA_FULL', `The delegation may register ${quota} member(s); ${current} are registered, so ${adding} more do not fit.`, [
    { field: 'delegation', reason: `has ${Math.max(quota - current, 0)} of its ${quota} places left` },
  ]);

const duplicate = (field: string): AppError =>
  badInput([{ field, code: 'duplicate', message: 'an application with this email already exists for this edition', reason: 'an application with this email already exists for this edition' }]);

@Injectable()
export class DelegationMembersService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly invitations: DelegationInvitationsService,
    private readonly publicWrites: PublicWriteRunner,
    private readonly writes: MutationRunner,
    private readonly locks: RowLocks,
    private readonly intake: ApplicationIntake,
  ) {}

  private async editionAndCategory(editionId: string, slug: string, field: string): Promise<{ edition: EditionForIntake; category: CategoryRow }> {
    const edition = await this.database.prisma.edition.findUniqueOrThrow({ where: { id: editionId }, select: EDITION_FOR_INTAKE });
    const category = await this.database.prisma.accreditationCategory.findUnique({ where: { editionId_slug: { editionId, slug } } });
    if (!category || !(DELEGATION_KINDS as readonly string[]).includes(category.kind)) {
      throw badInput([{ field, code: 'not_an_option', message: 'is not a delegation category of this edition', reason: 'is not a delegation category of this edition' }]);
    }
    if (!edition.registrationSetup) throw badInput([{ field, code: 'not_an_option', message: 'the edition takes no registrations', reason: 'the edition takes no registrations' }]);
    return { edition, category };
  }

  /** Locks the delegation and refuses when `adding` more members would pass its quota. */
  private async holdPlaces(tx: Prisma.TransactionClient, delegationId: string, adding: number): Promise<void> {
    await this.locks.lock(tx, 'Delegation', [delegationId]);
    const { memberQuota } = await tx.delegation.findUniqueOrThrow({ where: { id: delegationId }, select: { memberQuota: true } });
    const current = await tx.application.count({ where: { delegationId, status: { in: [...COUNTED_STATUSES] } } });
    const fits = checkDelegationQuota(current, adding, memberQuota);
    if (fits.status === 'over-quota') throw quotaFull(fits.quota, fits.current, fits.adding);
  }

  async register(auth: RequestAuth, input: { token: string; category: string; language: string; answers: unknown }, idempotency: IdempotencyRequest | null): Promise<ApplicationReceipt> {
    const invitation = await this.invitations.open(input.token);
    const language = ZLanguageTag.max(35).safeParse(input.language);
    if (!language.success) throw badInput([{ field: 'language', reason: 'must be a language tag such as ru or zh-Hans' }]);
    const { edition, category } = await this.editionAndCategory(invitation.delegation.editionId, input.category, 'category');
    // Photos follow separately for members registered by their delegation.
    const parsed = parseRegistration(submissionSchema(edition, category, ['photo']), input.answers);
    if (!parsed.success) throw registrationProblems(parsed.problems);
    const scope = { seriesId: edition.seriesId, editionId: edition.id };
    try {
      return await withPlaceAtCommit((timing) =>
        this.publicWrites.run<ApplicationReceipt>(
          auth,
          { name: 'delegation-member', what: 'delegation registrations', limit: SUBMISSION_LIMIT, scope, audit: { action: 'create', entityType: 'Application' }, idempotency },
          async (tx) => {
            // The invitation is read again under the delegation's lock: a revocation that committed meanwhile counts.
            await this.holdPlaces(tx, invitation.delegation.id, 1);
            await this.invitations.open(input.token, tx);
            const { receipt, beforeCommit } = await this.intake.create(tx, { edition, category, delegationId: invitation.delegation.id, language: language.data, answers: parsed.data }, timing);
            return {
              result: receipt,
              entityId: invitation.delegation.id,
              after: { reference: receipt.reference, category: category.slug, status: receipt.status, delegationId: invitation.delegation.id, invitationId: invitation.id },
              beforeCommit,
            };
          },
        ),
      );
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw duplicate('email');
      throw error;
    }
  }

  async import(auth: RequestAuth, input: { delegationId: string; category: string; csv: string }): Promise<ApplicationReceipt[]> {
    const delegation = await this.database.prisma.delegation.findUnique({ where: { id: input.delegationId }, select: { id: true, editionId: true, edition: { select: { seriesId: true } } } });
    if (!delegation) throw badInput([{ field: 'delegationId', reason: 'is not a delegation' }]);
    const scope = { seriesId: delegation.edition.seriesId, editionId: delegation.editionId };
    return this.writes.run(auth, { action: 'registration.edit', scope, audit: { action: 'create', entityType: 'Delegation' } }, async (tx) => {
      const { edition, category } = await this.editionAndCategory(delegation.editionId, input.category, 'category');
      const setup = edition.registrationSetup;
      if (!setup || !edition.startDate || !edition.endDate) throw badInput([{ field: 'category', reason: 'the edition takes no registrations' }]);
      const result = parseDelegationCsv(input.csv, {
        form: formOf(edition),
        category: toDomainCategory(category),
        context: {
          edition: { startDate: edition.startDate.toISOString().slice(0, 10), endDate: edition.endDate.toISOString().slice(0, 10), languages: edition.workingLanguages },
          privacyNotice: { noticeId: setup.privacyNoticeId, version: setup.privacyNoticeVersion },
          passportValidityMonths: setup.passportValidityMonths,
        },
        consent: { noticeId: setup.privacyNoticeId, version: setup.privacyNoticeVersion },
      });
      if (!result.success) {
        throw badInput(result.problems.map((problem) => ({ field: problem.line === undefined ? 'csv' : `csv.line${problem.line}.${problem.field || 'row'}`, code: problem.code, message: formatImportProblem(problem), reason: formatImportProblem(problem) })));
      }
      const emails = result.members.map((m) => m.submission.email.toLowerCase());
      const taken = await tx.application.findMany({ where: { editionId: edition.id, email: { in: emails } }, select: { email: true } });
      if (taken.length > 0) {
        const takenSet = new Set(taken.map((t) => t.email));
        throw badInput(
          result.members
            .filter((m) => takenSet.has(m.submission.email.toLowerCase()))
            .map((m) => ({ field: `csv.line${m.line}.email`, code: 'duplicate', message: `line ${m.line}, Email: an application with this email already exists for this edition`, reason: 'an application with this email already exists for this edition' })),
        );
      }
      await this.holdPlaces(tx, delegation.id, result.members.length);
      const receipts: ApplicationReceipt[] = [];
      // Places are taken member by member as each is written: a batch keeps the category locked anyway.
      for (const member of result.members) {
        const intake = await this.intake.create(tx, { edition, category, delegationId: delegation.id, language: edition.workingLanguages[0] ?? 'en', answers: member.submission }, 'before-insert');
        receipts.push(intake.receipt);
      }
      return { result: receipts, entityId: delegation.id, after: { imported: receipts.length, category: category.slug, references: receipts.map((r) => r.reference) } };
    });
  }
}
