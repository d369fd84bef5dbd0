// An edition's registration: its setup (form, privacy notice, media quotas, window) and its
// accreditation categories, built from the domain's defaults (defaultRegistrationForm,
// defaultAccreditationCategories) with per-category changes (capacity, auto-approval, fields a
// category leaves optional). Created when missing, never updated (ADR 090).
import {
  defaultAccreditationCategories,
  defaultRegistrationForm,
  ZMediaQuotas,
  ZRegistrationForm,
  type AccreditationCategory,
  type MediaQuotas,
  type RegistrationForm,
  type StandardFieldKey,
} from '@caravan/forums/registration';
import type { LocalizedText } from '@caravan/regions';
import type { Edition, Prisma } from '../generated/prisma/client.js';
import { calendarDate } from '../read-models/calendar-date.js';
import type { SeedClient } from './seed-client.js';
import { validate } from './validate.js';

export interface CategoryChange {
  capacity?: number | null;
  approval?: AccreditationCategory['approval'];
  publicSignup?: boolean;
  /** Fields the category asks without requiring them (e.g. the photo, brought to the accreditation desk). */
  optional?: readonly StandardFieldKey[];
}

export interface RegistrationSeed {
  privacyNotice: { id: string; version: string; text: LocalizedText };
  form?: RegistrationForm;
  mediaQuotas?: MediaQuotas;
  passportValidityMonths?: number;
  opensAt?: Date;
  closesAt?: Date;
  /** Changes to the default categories, by slug. */
  categories?: Readonly<Record<string, CategoryChange>>;
}

function changed(category: AccreditationCategory, change: CategoryChange | undefined): AccreditationCategory {
  if (!change) return category;
  const optional = new Set<string>(change.optional ?? []);
  return {
    ...category,
    ...(change.capacity !== undefined ? { capacity: change.capacity } : {}),
    ...(change.approval ? { approval: change.approval } : {}),
    ...(change.publicSignup !== undefined ? { publicSignup: change.publicSignup } : {}),
    fields: category.fields.map((field) => (optional.has(field.key) ? { ...field, required: false } : field)),
  };
}

/** The setup and the eight categories of `edition` (which needs its dates). */
export async function ensureRegistration(prisma: SeedClient, edition: Pick<Edition, 'id' | 'startDate' | 'endDate'>, input: RegistrationSeed): Promise<void> {
  if (!edition.startDate || !edition.endDate) throw new Error('an edition needs its dates before its registration');
  const form = validate(ZRegistrationForm, input.form ?? defaultRegistrationForm(), `registration form of edition ${edition.id}`);
  const mediaQuotas = input.mediaQuotas ? validate(ZMediaQuotas, input.mediaQuotas, 'media quotas') : null;
  await prisma.registrationSetup.createMany({
    data: [
      {
        editionId: edition.id,
        form: form as unknown as Prisma.InputJsonValue,
        privacyNoticeId: input.privacyNotice.id,
        privacyNoticeVersion: input.privacyNotice.version,
        privacyNotice: input.privacyNotice.text as Prisma.InputJsonValue,
        ...(mediaQuotas ? { mediaQuotas: mediaQuotas as unknown as Prisma.InputJsonValue } : {}),
        passportValidityMonths: input.passportValidityMonths ?? 0,
        opensAt: input.opensAt ?? null,
        closesAt: input.closesAt ?? null,
      },
    ],
    skipDuplicates: true,
  });
  const categories = defaultAccreditationCategories({ startDate: calendarDate(edition.startDate), endDate: calendarDate(edition.endDate) });
  await prisma.accreditationCategory.createMany({
    data: categories.map((preset, position) => {
      const category = changed(preset, input.categories?.[preset.slug]);
      return {
        editionId: edition.id,
        slug: category.slug,
        kind: category.kind,
        name: category.name as Prisma.InputJsonValue,
        ...(category.description ? { description: category.description as Prisma.InputJsonValue } : {}),
        capacity: category.capacity,
        approval: category.approval,
        publicSignup: category.publicSignup,
        fields: category.fields as unknown as Prisma.InputJsonValue,
        visaSupport: category.visaSupport,
        badgeZones: category.badge.zones,
        badgeDays: category.badge.days,
        position,
      };
    }),
    skipDuplicates: true,
  });
}
