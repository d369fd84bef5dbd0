// Public registration: a visitor's submission, checked against the edition's form and category
// (field-level problems, nothing written), recorded through the public write path (rate limit
// per address, audit row, Idempotency-Key), with its place taken in PostgreSQL and its mail in
// the outbox, all in one transaction.
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type Database } from '@caravan/db';
import { parseRegistration, problemsFromZodError, type RegistrationSubmission } from '@caravan/forums/registration';
import { z } from 'zod';
import type { RequestAuth } from '../auth/request-auth.js';
import { AppError, badInput } from '../common/errors/app-error.js';
import { ZLanguageTag } from '../common/graphql/request-language.js';
import { PublicWriteRunner } from '../common/write/public-write-runner.js';
import { DATABASE } from '../config/config.tokens.js';
import { OutboxDispatcher } from '../jobs/outbox.dispatcher.js';
import type { IdempotencyRequest } from '../idempotency/idempotency-request.js';
import { ApplicationIntake, EDITION_FOR_INTAKE, withPlaceAtCommit, type ApplicationReceipt, type EditionForIntake } from './application-intake.js';
import {
  isRegistrationOpen,
  registrationClosed,
  registrationProblems,
  submissionSchema,
  type CategoryRow,
  type EditionForRegistration,
} from './registration-context.js';

export interface SubmitApplication {
  editionId: string;
  category: string;
  language: string;
  answers: unknown;
  draft?: boolean | null;
}

/** Submissions per address and minute: a family or an office behind one address still fits. */
export const SUBMISSION_LIMIT = { points: 30, windowSeconds: 60 };

/** Fields a draft must have already: what the application's row and its mail need. */
const DRAFT_CORE = new Set(['givenName', 'familyName', 'citizenship', 'email']);

const ZSubmitMeta = z.object({
  editionId: z.uuid({ error: 'is not an edition id' }),
  category: z.string().min(1, 'is required').max(80, 'is at most 80 characters'),
  language: ZLanguageTag.max(35, 'is at most 35 characters'),
});

const duplicateEmail = (): AppError =>
  badInput([{ field: 'email', code: 'duplicate', message: 'an application with this email already exists for this edition; use the link mailed to it', reason: 'an application with this email already exists for this edition; use the link mailed to it' }]);

function isUniqueViolationOn(error: unknown, column: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return false;
  return JSON.stringify(error.meta ?? {}).includes(column);
}

@Injectable()
export class RegistrationService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly writes: PublicWriteRunner,
    private readonly intake: ApplicationIntake,
    private readonly dispatcher: OutboxDispatcher,
  ) {}

  async edition(editionId: string): Promise<EditionForIntake | null> {
    return this.database.prisma.edition.findUnique({ where: { id: editionId }, select: EDITION_FOR_INTAKE });
  }

  /** Claims the uploaded photo `photoId` for the application `applicationId`; its storage key. */
  private async claimPhoto(tx: Prisma.TransactionClient, editionId: string, photoId: string, applicationId: string): Promise<string> {
    const claimed = await tx.photoUpload.updateManyAndReturn({ where: { id: photoId, editionId, applicationId: null }, data: { applicationId }, select: { storageKey: true } });
    const photo = claimed[0];
    if (claimed.length !== 1 || !photo) throw badInput([{ field: 'photo', code: 'invalid_reference', message: 'not a reference to an uploaded file', reason: 'not a reference to an uploaded file' }]);
    return photo.storageKey;
  }

  /** Checks the answers; for a draft only the core fields must be complete. */
  private check(edition: EditionForRegistration, category: CategoryRow, answers: unknown, draft: boolean): RegistrationSubmission {
    const result = parseRegistration(submissionSchema(edition, category), answers);
    if (result.success) return result.data;
    const problems = draft ? result.problems.filter((p) => !(p.code === 'required' && !DRAFT_CORE.has(p.field))) : result.problems;
    if (problems.length > 0) throw registrationProblems(problems);
    // A draft with only optional gaps: the answers as given, each checked; completed on submission.
    const core = z.object({ email: z.string(), givenName: z.string(), familyName: z.string(), citizenship: z.string() }).safeParse(answers);
    if (!core.success) throw registrationProblems(problemsFromZodError(core.error));
    return { custom: {}, visaLetter: false, ...(answers as object), email: core.data.email.trim().toLowerCase() } as RegistrationSubmission;
  }

  async submit(auth: RequestAuth, input: SubmitApplication, idempotency: IdempotencyRequest | null): Promise<ApplicationReceipt> {
    const meta = ZSubmitMeta.safeParse(input);
    if (!meta.success) throw badInput(meta.error.issues.map((issue) => ({ field: issue.path.join('.') || 'input', reason: issue.message })));
    const edition = await this.edition(meta.data.editionId);
    if (!edition) throw badInput([{ field: 'editionId', code: 'invalid', message: 'is not an edition', reason: 'is not an edition' }]);
    if (!isRegistrationOpen(edition)) throw registrationClosed();
    const category = await this.database.prisma.accreditationCategory.findUnique({ where: { editionId_slug: { editionId: edition.id, slug: meta.data.category } } });
    if (!category || !category.publicSignup) {
      throw badInput([{ field: 'category', code: 'not_an_option', message: 'is not a category open to public sign-up', reason: 'is not a category open to public sign-up' }]);
    }
    const draft = input.draft === true;
    if (typeof input.answers !== 'object' || input.answers === null || Array.isArray(input.answers)) {
      throw badInput([{ field: 'answers', code: 'wrong_type', message: 'must be a group of fields', reason: 'must be a group of fields' }]);
    }
    const answers = this.check(edition, category, input.answers, draft);
    const scope = { seriesId: edition.seriesId, editionId: edition.id };
    try {
      const receipt = await withPlaceAtCommit((timing) =>
        this.writes.run<ApplicationReceipt>(
          auth,
          { name: 'registration', what: 'registrations', limit: SUBMISSION_LIMIT, scope, audit: { action: 'create', entityType: 'Application' }, idempotency },
          async (tx) => {
            const id = randomUUID();
            // A second application with this email is refused by the (editionId, email) unique index, answered below as duplicateEmail().
            const photoKey = answers.photo ? await this.claimPhoto(tx, edition.id, answers.photo, id) : null;
            const intake = await this.intake.create(tx, { id, edition, category, language: meta.data.language, answers, draft, photoKey }, timing);
            const { receipt } = intake;
            return { result: receipt, entityId: intake.id, after: { reference: receipt.reference, category: category.slug, status: receipt.status }, beforeCommit: intake.beforeCommit };
          },
        ),
      );
      void this.dispatcher.kick();
      return receipt;
    } catch (error) {
      if (isUniqueViolationOn(error, 'email')) throw duplicateEmail();
      throw error;
    }
  }
}
