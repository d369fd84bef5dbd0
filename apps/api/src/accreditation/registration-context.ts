// What a submission to an edition is checked against: the edition (open or not), its stored form
// and privacy notice, and the category by slug, turned into the domain's types once, here.
import type { Prisma } from '@caravan/db';
import {
  buildRegistrationSchema,
  describeProblem,
  ZAccreditationCategory,
  ZRegistrationForm,
  type AccreditationCategory,
  type FieldKey,
  type RegistrationForm,
  type RegistrationProblem,
  type RegistrationSubmission,
} from '@caravan/forums/registration';
import type { z } from 'zod';
import { AppError, badInput, type FieldProblem } from '../common/errors/app-error.js';

export interface RegistrationSetupRow {
  version: number;
  form: unknown;
  privacyNoticeId: string;
  privacyNoticeVersion: string;
  passportValidityMonths: number;
  opensAt: Date | null;
  closesAt: Date | null;
}

export interface EditionForRegistration {
  id: string;
  version: number;
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
  version: number;
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

/** Built schemas by edition, setup and category (ids and versions): building one parses the form and costs more than a submission's own check. */
const schemas = new Map<string, z.ZodType<RegistrationSubmission>>();
const SCHEMA_CACHE_SIZE = 200;

/**
 * The submission schema of a category; `deferred` names required fields given later (the photos
 * of members a delegation registers), which are checked when present but not required now.
 */
export function submissionSchema(edition: EditionForRegistration, category: CategoryRow, deferred: readonly FieldKey[] = []): z.ZodType<RegistrationSubmission> {
  const setup = edition.registrationSetup;
  if (!setup || !edition.startDate || !edition.endDate) throw registrationClosed();
  // Every input of the schema is in the key: the edition's dates and languages, the setup, the category.
  const key = [edition.id, edition.version, day(edition.startDate), day(edition.endDate), edition.workingLanguages.join(','), setup.version, setup.privacyNoticeId, setup.privacyNoticeVersion, setup.passportValidityMonths, category.id, category.version, deferred.join(',')].join('|');
  const cached = schemas.get(key);
  if (cached) return cached;
  const built = buildSchema({ ...edition, startDate: edition.startDate, endDate: edition.endDate }, setup, category, deferred);
  if (schemas.size >= SCHEMA_CACHE_SIZE) schemas.clear();
  schemas.set(key, built);
  return built;
}

function buildSchema(
  edition: EditionForRegistration & { startDate: Date; endDate: Date },
  setup: RegistrationSetupRow,
  category: CategoryRow,
  deferred: readonly FieldKey[],
): z.ZodType<RegistrationSubmission> {
  return buildRegistrationSchema(formOf(edition), toDomainCategory(category), {
    edition: { startDate: day(edition.startDate), endDate: day(edition.endDate), languages: edition.workingLanguages },
    privacyNotice: { noticeId: setup.privacyNoticeId, version: setup.privacyNoticeVersion },
    passportValidityMonths: setup.passportValidityMonths,
    deferred,
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
  version: true,
  seriesId: true,
  number: true,
  status: true,
  startDate: true,
  endDate: true,
  workingLanguages: true,
  registrationSetup: { select: { version: true, form: true, privacyNoticeId: true, privacyNoticeVersion: true, passportValidityMonths: true, opensAt: true, closesAt: true } },
} as const satisfies Prisma.EditionSelect;
