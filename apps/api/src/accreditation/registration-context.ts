// What a submission to an edition is checked against: the edition (open or not), its stored form
// and privacy notice, and the category by slug, turned into the domain's types once, here.
import type { Prisma } from '@caravan/db';
import {
  buildRegistrationSchema,
  describeProblem,
  ZAccreditationCategory,
  ZRegistrationForm,
  type AccreditationCategory,
  type RegistrationForm,
  type RegistrationProblem,
  type RegistrationSubmission,
} from '@caravan/forums/registration';
import type { z } from 'zod';
import { AppError, badInput, type FieldProblem } from '../common/errors/app-error.js';

export interface RegistrationSetupRow {
  form: unknown;
  privacyNoticeId: string;
  privacyNoticeVersion: string;
  passportValidityMonths: number;
  opensAt: Date | null;
  closesAt: Date | null;
}

export interface EditionForRegistration {
  id: string;
  seriesId: string;
  number: number;
  status: string;
  startDate: Date | null;
  endDate: Date | null;
  workingLanguages: string[];
  registrationSetup: RegistrationSetupRow | null;
}

export interface CategoryRow {
  id: string;
  slug: string;
  kind: string;
  name: unknown;
  description: unknown;
  capacity: number | null;
  approvedCount: number;
  approval: string;
  publicSignup: boolean;
  fields: unknown;
  visaSupport: string;
  badgeZones: string[];
  badgeDays: string[];
}

const day = (date: Date): string => date.toISOString().slice(0, 10);

/** Open: REGISTRATION_OPEN, with dates, a registration set up, and now inside its window. */
export function isRegistrationOpen(edition: EditionForRegistration, now: Date = new Date()): boolean {
  const setup = edition.registrationSetup;
  if (edition.status !== 'REGISTRATION_OPEN' || !setup || !edition.startDate || !edition.endDate) return false;
  if (setup.opensAt && now < setup.opensAt) return false;
  if (setup.closesAt && now >= setup.closesAt) return false;
  return true;
}

export const registrationClosed = (): AppError =>
  new AppError('REGISTRATION_CLOSED', 'This edition does not take registrations now.', [{ field: 'editionId', reason: 'does not take registrations now', code: 'registration_closed', message: 'does not take registrations now' }]);

/** The category row as the domain's AccreditationCategory. */
export function toDomainCategory(row: CategoryRow): AccreditationCategory {
  return ZAccreditationCategory.parse({
    kind: row.kind,
    slug: row.slug,
    name: row.name,
    ...(row.description ? { description: row.description } : {}),
    capacity: row.capacity,
    approval: row.approval,
    publicSignup: row.publicSignup,
    fields: row.fields,
    visaSupport: row.visaSupport,
    badge: { zones: row.badgeZones, days: row.badgeDays },
  });
}

export function formOf(edition: EditionForRegistration): RegistrationForm {
  return ZRegistrationForm.parse(edition.registrationSetup?.form);
}

export function submissionSchema(edition: EditionForRegistration, category: CategoryRow, deferred: readonly string[] = []): z.ZodType<RegistrationSubmission> {
  const setup = edition.registrationSetup;
  if (!setup || !edition.startDate || !edition.endDate) throw registrationClosed();
  return buildRegistrationSchema(formOf(edition), toDomainCategory(category), {
    edition: { startDate: day(edition.startDate), endDate: day(edition.endDate), languages: edition.workingLanguages },
    privacyNotice: { noticeId: setup.privacyNoticeId, version: setup.privacyNoticeVersion },
    passportValidityMonths: setup.passportValidityMonths,
    deferred: deferred as never,
  });
}

/**
 * A registration problem as the api reports it: the field path as the domain gives it ("email",
 * "custom.company_size"; "answers" for the submission as a whole), code, message and the code's
 * parameters (reason repeats the message, as every field problem has one).
 */
export function toFieldProblem(problem: RegistrationProblem): FieldProblem {
  const { field, code, ...params } = problem;
  const message = describeProblem(problem);
  return { field: field || 'answers', code, message, reason: message, ...(Object.keys(params).length > 0 ? { params } : {}) };
}

export function registrationProblems(problems: readonly RegistrationProblem[]): AppError {
  return badInput(problems.map(toFieldProblem));
}

export const EDITION_FOR_REGISTRATION = {
  id: true,
  seriesId: true,
  number: true,
  status: true,
  startDate: true,
  endDate: true,
  workingLanguages: true,
  registrationSetup: { select: { form: true, privacyNoticeId: true, privacyNoticeVersion: true, passportValidityMonths: true, opensAt: true, closesAt: true } },
} as const satisfies Prisma.EditionSelect;
