// Public registration: a visitor's submission, checked against the edition's form and category
// (field-level problems, nothing written), recorded through the public write path (rate limit
// per address, audit row, Idempotency-Key), with its place taken in PostgreSQL and its mail in
// the outbox, all in one transaction.
import { randomInt, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type Database } from '@caravan/db';
import { parseRegistration, problemsFromZodError, type ApplicationStatus, type RegistrationSubmission } from '@caravan/forums/registration';
import { z } from 'zod';
import type { RequestAuth } from '../auth/request-auth.js';
import { AppError, badInput } from '../common/errors/app-error.js';
import { ZLanguageTag } from '../common/graphql/request-language.js';
import { PublicWriteRunner } from '../common/write/public-write-runner.js';
import { DATABASE } from '../config/config.tokens.js';
import { OutboxDispatcher } from '../jobs/outbox.dispatcher.js';
import type { IdempotencyRequest } from '../idempotency/idempotency-request.js';
import { ApplicationMail, mailKindFor } from './application-mail.js';
import { MAIL_INCLUDE } from './application-transitions.js';
import { CategoryPlaces } from './category-places.js';
import {
  EDITION_FOR_REGISTRATION,
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

export interface ApplicationReceipt {
  reference: string;
  status: ApplicationStatus;
  email: string;
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

// Crockford's base32 without I, L, O, U: read aloud and typed without confusion.
const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** "CCA12-7K3M9Q": the series' initials, the edition's number, six random characters. */
export function applicationReference(seriesSlug: string, number: number): string {
  const initials = seriesSlug.split('-').map((word) => word[0]?.toUpperCase() ?? '').join('').slice(0, 6);
  const random = Array.from({ length: 6 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join('');
  return `${initials}${number}-${random}`;
}

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
    private readonly places: CategoryPlaces,
    private readonly mail: ApplicationMail,
    private readonly dispatcher: OutboxDispatcher,
  ) {}

  async edition(editionId: string): Promise<EditionForRegistration & { series: { slug: string } } | null> {
    return this.database.prisma.edition.findUnique({ where: { id: editionId }, select: { ...EDITION_FOR_REGISTRATION, series: { select: { slug: true } } } });
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
    const email = answers.email.toLowerCase();
    const scope = { seriesId: edition.seriesId, editionId: edition.id };
    try {
      const receipt = await this.writes.run<ApplicationReceipt>(
        auth,
        { name: 'registration', what: 'registrations', limit: SUBMISSION_LIMIT, scope, audit: { action: 'create', entityType: 'Application' }, idempotency },
        async (tx) => {
          const id = randomUUID();
          if (await tx.application.findUnique({ where: { editionId_email: { editionId: edition.id, email } }, select: { id: true } })) throw duplicateEmail();
          if (answers.photo) {
            const claimed = await tx.photoUpload.updateMany({ where: { id: answers.photo, editionId: edition.id, applicationId: null }, data: { applicationId: id } });
            if (claimed.count !== 1) throw badInput([{ field: 'photo', code: 'invalid_reference', message: 'not a reference to an uploaded file', reason: 'not a reference to an uploaded file' }]);
          }
          const photoKey = answers.photo ? (await tx.photoUpload.findUniqueOrThrow({ where: { id: answers.photo }, select: { storageKey: true } })).storageKey : null;
          // The place is taken last but one, so the category's row stays locked as briefly as possible.
          const status: ApplicationStatus = draft
            ? 'DRAFT'
            : category.approval === 'NEEDS_APPROVAL'
              ? 'SUBMITTED'
              : (await this.places.take(tx, category.id))
                ? 'APPROVED'
                : 'WAITLISTED';
          const now = new Date();
          const row = await tx.application.create({
            data: {
              id,
              reference: applicationReference(edition.series.slug, edition.number),
              editionId: edition.id,
              categoryId: category.id,
              status,
              email,
              givenName: answers.givenName,
              familyName: answers.familyName,
              citizenship: answers.citizenship,
              organization: answers.organization ?? null,
              language: meta.data.language,
              answers: { ...answers, email } as unknown as Prisma.InputJsonValue,
              photoKey,
              outlet: answers.outlet ?? null,
              mediaRole: answers.mediaRole ?? null,
              ...(draft ? {} : { consentNoticeId: answers.consent.noticeId, consentVersion: answers.consent.version, consentedAt: now, submittedAt: now }),
              ...(status === 'WAITLISTED' ? { waitlistedAt: now } : {}),
              ...(status === 'APPROVED' ? { decidedAt: now } : {}),
            },
            include: MAIL_INCLUDE,
          });
          const kind = mailKindFor(status);
          if (kind) await this.mail.record(tx, kind, row);
          const receipt: ApplicationReceipt = { reference: row.reference, status, email };
          return { result: receipt, entityId: row.id, after: { reference: row.reference, category: category.slug, status } };
        },
      );
      void this.dispatcher.kick();
      return receipt;
    } catch (error) {
      if (isUniqueViolationOn(error, 'email')) throw duplicateEmail();
      throw error;
    }
  }
}
