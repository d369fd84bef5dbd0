// How a new application is written, whoever submits it (a visitor through the portal, a delegation
// head through the invitation link, an organizer's CSV import): its status from the category
// (draft, submitted for approval, or approved / waitlisted by a place), its row, and its mail in
// the outbox, all in the caller's transaction.
//
// Places and throughput: concurrent submissions to an auto-approved category serialise on the
// category's row from the moment one takes a place until it commits. Taken before the insert, the
// place keeps the row locked through the insert, the outbox row, the audit row and every event-loop
// turn between them, which is what bounded a registration rush. So a write may take its place at
// commit instead: the status is chosen from the places the category showed when it was read, the
// rows are written with it, and the place is taken by the write's very last statement
// (`beforeCommit`). Should the guarded update disagree with that choice (the last places went
// meanwhile, or one came free), the write throws PlaceOutcomeChanged, rolls back whole, and
// `withPlaceAtCommit` runs it once more with the place taken before the insert, which cannot
// disagree. Capacity is never exceeded either way: the guarded update is the only thing that
// moves `approvedCount`.
import { randomInt, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Prisma } from '@caravan/db';
import type { ApplicationStatus, RegistrationSubmission } from '@caravan/forums/registration';
import { ApplicationMail, mailKindFor, type ApplicationForMail } from './application-mail.js';
import { CategoryPlaces } from './category-places.js';
import { PassportVault, splitPassport } from './passport-vault.js';
import { EDITION_FOR_REGISTRATION, type CategoryRow, type EditionForRegistration } from './registration-context.js';

export interface ApplicationReceipt {
  reference: string;
  status: ApplicationStatus;
  email: string;
}

/** The edition as an intake needs it: what the form is checked against, and what the mail names. */
export const EDITION_FOR_INTAKE = {
  ...EDITION_FOR_REGISTRATION,
  theme: true,
  series: { select: { slug: true, name: true } },
} as const satisfies Prisma.EditionSelect;

export type EditionForIntake = EditionForRegistration & { theme: unknown; series: { slug: string; name: unknown } };

export interface NewApplication {
  edition: EditionForIntake;
  category: CategoryRow;
  language: string;
  answers: RegistrationSubmission;
  draft?: boolean;
  delegationId?: string | null;
  photoKey?: string | null;
  /** The row's id when the caller needs it beforehand (a photo claimed for it); new otherwise. */
  id?: string;
}

/** When an auto-approved application takes its place: before its row is written, or as the write's last statement. */
export type PlaceTiming = 'before-insert' | 'at-commit';

/** The place taken at commit did not match the status written; the write is rolled back and run again. */
class PlaceOutcomeChanged extends Error {
  override readonly name = 'PlaceOutcomeChanged';
  constructor() {
    super('the category\'s places changed between reading them and taking one');
  }
}

export interface Intake {
  id: string;
  receipt: ApplicationReceipt;
  /** Run last in the transaction (MutationChange.beforeCommit); null when nothing is left to do. */
  beforeCommit: ((tx: Prisma.TransactionClient) => Promise<void>) | null;
}

// Crockford's base32 without I, L, O, U: read aloud and typed without confusion.
const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** "CCA12-7K3M9Q": the series' initials, the edition's number, six random characters. */
function applicationReference(seriesSlug: string, number: number): string {
  const initials = seriesSlug.split('-').map((word) => word[0]?.toUpperCase() ?? '').join('').slice(0, 6);
  const random = Array.from({ length: 6 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join('');
  return `${initials}${number}-${random}`;
}

/**
 * Runs `write` with the place taken at commit and, when the places turned out otherwise than
 * read (PlaceOutcomeChanged, rolled back), once more with the place taken before the insert.
 */
export async function withPlaceAtCommit<T>(write: (timing: PlaceTiming) => Promise<T>): Promise<T> {
  try {
    return await write('at-commit');
  } catch (error) {
    if (error instanceof PlaceOutcomeChanged) return write('before-insert');
    throw error;
  }
}

@Injectable()
export class ApplicationIntake {
  constructor(
    private readonly places: CategoryPlaces,
    private readonly mail: ApplicationMail,
    private readonly passports: PassportVault,
  ) {}

  /** Writes the application and its mail in `tx`; the caller runs `beforeCommit` last, when there is one. */
  async create(tx: Prisma.TransactionClient, application: NewApplication, timing: PlaceTiming): Promise<Intake> {
    const { edition, category, answers } = application;
    const { status, beforeCommit } = await this.status(tx, application, timing);
    const id = application.id ?? randomUUID();
    const email = answers.email.toLowerCase();
    const reference = applicationReference(edition.series.slug, edition.number);
    const now = new Date();
    await tx.application.create({
      data: {
        id,
        reference,
        editionId: edition.id,
        categoryId: category.id,
        delegationId: application.delegationId ?? null,
        status,
        email,
        givenName: answers.givenName,
        familyName: answers.familyName,
        citizenship: answers.citizenship,
        organization: answers.organization ?? null,
        language: application.language,
        // The passport part is kept encrypted in its own column, never in the answers.
        answers: { ...splitPassport(answers).answers, email } as unknown as Prisma.InputJsonValue,
        passportEncrypted: this.passports.seal(id, answers.passport),
        photoKey: application.photoKey ?? null,
        outlet: answers.outlet ?? null,
        mediaRole: answers.mediaRole ?? null,
        ...(status === 'DRAFT' ? {} : { consentNoticeId: answers.consent.noticeId, consentVersion: answers.consent.version, consentedAt: now, submittedAt: now }),
        ...(status === 'WAITLISTED' ? { waitlistedAt: now } : {}),
        ...(status === 'APPROVED' ? { decidedAt: now } : {}),
      },
      select: { id: true },
    });
    const kind = mailKindFor(status);
    if (kind) await this.mail.record(tx, kind, forMail(id, reference, email, application));
    return { id, receipt: { reference, status, email }, beforeCommit };
  }

  private async status(tx: Prisma.TransactionClient, application: NewApplication, timing: PlaceTiming): Promise<{ status: ApplicationStatus; beforeCommit: Intake['beforeCommit'] }> {
    const { category } = application;
    if (application.draft) return { status: 'DRAFT', beforeCommit: null };
    if (category.approval === 'NEEDS_APPROVAL') return { status: 'SUBMITTED', beforeCommit: null };
    if (timing === 'before-insert' || !this.places.takesAtCommit) return { status: (await this.places.take(tx, category.id)) ? 'APPROVED' : 'WAITLISTED', beforeCommit: null };
    const expectPlace = category.capacity === null || category.approvedCount < category.capacity;
    return {
      status: expectPlace ? 'APPROVED' : 'WAITLISTED',
      // Tried even when the category looked full: a place freed since then goes to this application (after a rerun).
      beforeCommit: async (last) => {
        if ((await this.places.take(last, category.id)) !== expectPlace) throw new PlaceOutcomeChanged();
      },
    };
  }
}

/** The mail's view of the new application, from what the intake already holds (no read back). */
function forMail(id: string, reference: string, email: string, application: NewApplication): ApplicationForMail {
  const { edition, category, answers } = application;
  return {
    id,
    reference,
    email,
    givenName: answers.givenName,
    familyName: answers.familyName,
    language: application.language,
    decisionReason: null,
    category: { name: category.name },
    edition: { number: edition.number, theme: edition.theme, startDate: edition.startDate, endDate: edition.endDate, series: { slug: edition.series.slug, name: edition.series.name } },
  };
}
