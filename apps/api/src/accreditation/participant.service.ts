// The participant's side after submitting: the edition's registration as a form, a fresh magic
// link by mail (always answered true, so nobody learns who applied), and, through the link,
// their application: read it, finish and submit a draft, or withdraw.
import { Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@caravan/db';
import { applicationTransitionsFor, parseRegistration, type ApplicationStatus } from '@caravan/forums/registration';
import { pickText, type LocalizedText } from '@caravan/regions';
import { z } from 'zod';
import type { RequestAuth } from '../auth/request-auth.js';
import { AppError, badInput } from '../common/errors/app-error.js';
import { ZLanguageTag } from '../common/graphql/request-language.js';
import { PublicWriteRunner } from '../common/write/public-write-runner.js';
import { DATABASE } from '../config/config.tokens.js';
import { OutboxDispatcher } from '../jobs/outbox.dispatcher.js';
import { ApplicationMail } from './application-mail.js';
import { ApplicationTransitions, MAIL_INCLUDE } from './application-transitions.js';
import { MagicLinks } from './magic-links.js';
import { PassportVault, splitPassport } from './passport-vault.js';
import type { ApplicationViewModel } from './models/application-view.model.js';
import type { EditionRegistrationModel } from './models/edition-registration.model.js';
import { EDITION_FOR_REGISTRATION, isRegistrationOpen, registrationClosed, registrationProblems, submissionSchema } from './registration-context.js';
import { registrationView } from './registration-view.js';

const LINK_LIMIT = { points: 5, windowSeconds: 60 };
const PARTICIPANT_LIMIT = { points: 30, windowSeconds: 60 };

const text = (value: unknown, lang: string): string => pickText(value as LocalizedText, lang)?.text ?? '';
const day = (date: Date | null): string | null => date?.toISOString().slice(0, 10) ?? null;
const withPassport = (answers: unknown, passport: unknown): unknown => (passport && answers && typeof answers === 'object' ? { ...answers, passport } : answers);

const ZLinkRequest = z.object({
  editionId: z.uuid({ error: 'is not an edition id' }),
  email: z.email({ error: 'is not an email address' }).max(254, 'is at most 254 characters'),
  language: ZLanguageTag.max(35, 'is at most 35 characters'),
});

@Injectable()
export class ParticipantService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly writes: PublicWriteRunner,
    private readonly links: MagicLinks,
    private readonly passports: PassportVault,
    private readonly mail: ApplicationMail,
    private readonly transitions: ApplicationTransitions,
    private readonly dispatcher: OutboxDispatcher,
  ) {}

  async registration(seriesSlug: string, number: number, lang: string): Promise<EditionRegistrationModel | null> {
    const edition = await this.database.prisma.edition.findFirst({
      where: { number, series: { slug: seriesSlug }, published: true },
      select: {
        ...EDITION_FOR_REGISTRATION,
        registrationSetup: { select: { ...EDITION_FOR_REGISTRATION.registrationSetup.select, privacyNotice: true } },
        accreditationCategories: { orderBy: { position: 'asc' } },
      },
    });
    return edition ? registrationView(edition, edition.accreditationCategories, lang) : null;
  }

  async requestLink(auth: RequestAuth, input: { editionId: string; email: string; language: string }): Promise<boolean> {
    const parsed = ZLinkRequest.safeParse(input);
    if (!parsed.success) throw badInput(parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || 'input', reason: issue.message })));
    const { editionId, language } = parsed.data;
    const email = parsed.data.email.trim().toLowerCase();
    const edition = await this.database.prisma.edition.findUnique({ where: { id: editionId }, select: { id: true, seriesId: true } });
    if (!edition) return true;
    await this.writes.run(
      auth,
      { name: 'application-link', what: 'application link requests', limit: LINK_LIMIT, scope: { seriesId: edition.seriesId, editionId }, audit: { action: 'create', entityType: 'ApplicationLinkRequest' } },
      async (tx) => {
        const application = await tx.application.findUnique({ where: { editionId_email: { editionId, email } }, include: MAIL_INCLUDE });
        if (application) await this.mail.record(tx, 'application.access-link', { ...application, language });
        return { result: true, entityId: application?.id ?? editionId, after: { found: application !== null } };
      },
    );
    void this.dispatcher.kick();
    return true;
  }

  private async open(token: string) {
    const id = await this.links.applicationId(token);
    const application = await this.database.prisma.application.findUnique({
      where: { id },
      include: { category: true, edition: { select: { ...EDITION_FOR_REGISTRATION, theme: true, series: { select: { slug: true } } } } },
    });
    if (!application) throw new AppError('APPLICATION_LINK_INVALID', 'This application no longer exists.', [{ field: 'token', reason: 'opens no application' }]);
    return application;
  }

  async myApplication(token: string, lang: string): Promise<ApplicationViewModel> {
    const application = await this.open(token);
    const trail = await this.database.prisma.auditEntry.findMany({ where: { entityType: 'Application', entityId: application.id }, orderBy: { at: 'asc' }, select: { at: true, after: true } });
    const history = trail.flatMap((entry) => {
      const after = (entry.after ?? {}) as { status?: string; reason?: string | null };
      return after.status ? [{ status: after.status, at: entry.at.toISOString(), reason: after.reason ?? null }] : [];
    });
    const status = application.status as ApplicationStatus;
    return {
      reference: application.reference,
      version: application.version,
      status,
      category: application.category.slug,
      categoryName: text(application.category.name, lang),
      // The link holder is the person: their passport data goes back into their answers.
      answers: withPassport(application.answers, this.passports.open(application.id, application.passportEncrypted)),
      editable: status === 'DRAFT',
      withdrawable: applicationTransitionsFor(status, 'PARTICIPANT').some((t) => t.to === 'WITHDRAWN'),
      seriesSlug: application.edition.series.slug,
      editionNumber: application.edition.number,
      editionName: text(application.edition.theme, lang),
      startDate: day(application.edition.startDate),
      endDate: day(application.edition.endDate),
      history,
    };
  }

  async update(auth: RequestAuth, token: string, answers: unknown, submit: boolean, expectedVersion: number | null = null): Promise<ApplicationViewModel> {
    const application = await this.open(token);
    if (expectedVersion !== null && expectedVersion !== application.version) {
      throw new AppError('STALE_EDIT', 'The application changed since you opened it; reload it and apply your change again.', [{ field: 'expectedVersion', reason: `is ${expectedVersion}, the application is at ${application.version}` }]);
    }
    if (application.status !== 'DRAFT') throw badInput([{ field: 'token', code: 'not_editable', message: 'only a draft can be changed', reason: 'only a draft can be changed' }]);
    if (!isRegistrationOpen(application.edition)) throw registrationClosed();
    const parsed = parseRegistration(submissionSchema(application.edition, application.category), answers);
    if (!parsed.success) {
      const problems = submit ? parsed.problems : parsed.problems.filter((p) => p.code !== 'required');
      if (problems.length > 0) throw registrationProblems(problems);
    }
    const data = parsed.success ? parsed.data : null;
    if (data && data.email.toLowerCase() !== application.email) {
      throw badInput([{ field: 'email', code: 'not_editable', message: 'the email of an application cannot change', reason: 'the email of an application cannot change' }]);
    }
    const scope = { seriesId: application.edition.seriesId, editionId: application.editionId };
    await this.writes.run(auth, { name: 'application-edit', what: 'application changes', limit: PARTICIPANT_LIMIT, scope, audit: { action: 'update', entityType: 'ApplicationAnswers' } }, async (tx) => {
      const now = new Date();
      const fields: Prisma.ApplicationUpdateManyMutationInput = data
        ? {
            answers: { ...splitPassport(data).answers, email: application.email } as unknown as Prisma.InputJsonValue,
            passportEncrypted: this.passports.seal(application.id, data.passport),
            givenName: data.givenName,
            familyName: data.familyName,
            citizenship: data.citizenship,
            organization: data.organization ?? null,
            outlet: data.outlet ?? null,
            mediaRole: data.mediaRole ?? null,
            ...(submit ? { consentNoticeId: data.consent.noticeId, consentVersion: data.consent.version, consentedAt: now } : {}),
          }
        : {
            answers: { ...splitPassport(answers as object).answers, email: application.email } as Prisma.InputJsonValue,
            passportEncrypted: this.passports.seal(application.id, splitPassport(answers as object).passport),
          };
      const changed = await tx.application.updateMany({ where: { id: application.id, status: 'DRAFT', version: application.version }, data: { ...fields, version: { increment: 1 } } });
      if (changed.count !== 1) throw new AppError('STALE_EDIT', 'The application changed meanwhile; reload it.', [{ field: 'token', reason: 'changed meanwhile' }]);
      if (submit && data) {
        const actor = { kind: 'PARTICIPANT' as const, clientAddressHash: this.writes.addressHash(auth.address) };
        const auto = application.category.approval === 'AUTO_APPROVED';
        await this.transitions.apply(tx, { applicationId: application.id, to: 'SUBMITTED', actor, silent: auto });
        if (auto) await this.transitions.apply(tx, { applicationId: application.id, to: 'APPROVED', actor: { kind: 'SYSTEM' }, whenFull: 'waitlist' });
      }
      return { result: true, entityId: application.id, after: { submitted: submit } };
    });
    void this.dispatcher.kick();
    return this.myApplication(token, application.language);
  }

  async withdraw(auth: RequestAuth, token: string, reason: string | null): Promise<ApplicationViewModel> {
    const application = await this.open(token);
    const scope = { seriesId: application.edition.seriesId, editionId: application.editionId };
    await this.writes.run(auth, { name: 'application-edit', what: 'application changes', limit: PARTICIPANT_LIMIT, scope, audit: { action: 'update', entityType: 'ApplicationWithdrawal' } }, async (tx) => {
      const outcome = await this.transitions.apply(tx, {
        applicationId: application.id,
        to: 'WITHDRAWN',
        actor: { kind: 'PARTICIPANT', clientAddressHash: this.writes.addressHash(auth.address) },
        reason,
      });
      return { result: outcome, entityId: application.id, after: { promoted: outcome.promoted } };
    });
    void this.dispatcher.kick();
    return this.myApplication(token, application.language);
  }
}
