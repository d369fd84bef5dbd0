// Accreditation categories of an edition: who may apply (the eight kinds of participant), how
// many, whether an officer approves, which form fields each asks, whether it offers a
// visa-support letter, and which zones and days its badge opens.
import { type LocalizedText } from '@caravan/regions';
import { z } from 'zod';
import { ZLocalDate, ZSlug } from '../schemas.js';
import { reportCoreFields, reportRepeats } from './config-rules.js';
import {
  boundedText,
  CORE_FIELD_KEYS,
  type FieldInput,
  type FieldKey,
  findField,
  type FormField,
  isCustomField,
  type RegistrationForm,
  STANDARD_FIELD_INPUTS,
  type StandardFieldKey,
  ZFieldKey,
} from './registration-form.js';

/** Same names as the Prisma enum AccreditationKind. */
export const ACCREDITATION_KINDS = [
  'DELEGATION_MEMBER',
  'HEAD_OF_DELEGATION',
  'GOVERNMENT_OFFICIAL',
  'BUSINESS',
  'MEDIA',
  'EXPERT_SPEAKER',
  'OBSERVER',
  'STAFF',
] as const;
export type AccreditationKind = (typeof ACCREDITATION_KINDS)[number];

/** NEEDS_APPROVAL: an officer decides each application; AUTO_APPROVED: approved on submission while places last. */
export const APPROVAL_MODES = ['NEEDS_APPROVAL', 'AUTO_APPROVED'] as const;
export type ApprovalMode = (typeof APPROVAL_MODES)[number];

/** NONE: no letter; OPTIONAL: the participant may ask for one; REQUIRED: every participant gets one. */
export const VISA_SUPPORT_MODES = ['NONE', 'OPTIONAL', 'REQUIRED'] as const;
export type VisaSupportMode = (typeof VISA_SUPPORT_MODES)[number];

const oneOf = (values: readonly string[]) => (issue: { input?: unknown }) =>
  `"${String(issue.input)}" is not one of ${values.join(', ')}`;

function uniqueList<T extends z.ZodType<string>>(item: T, what: string, max: number) {
  return z
    .array(item)
    .max(max, { error: `at most ${max} ${what}` })
    .superRefine((list, ctx) => reportRepeats(ctx, list, (value) => value, (index) => [index], (value) => `${value} is listed twice`));
}

/** A field the category asks; `required` overrides the form's default for this category. */
export const ZCategoryField = z.strictObject({ key: ZFieldKey, required: z.boolean().optional() });
export type CategoryField = z.infer<typeof ZCategoryField>;

export const ZAccreditationCategory = z
  .strictObject({
    kind: z.enum(ACCREDITATION_KINDS, { error: oneOf(ACCREDITATION_KINDS) }),
    slug: ZSlug,
    name: boundedText(200),
    description: boundedText(2000).optional(),
    /** Places in the category; null is unlimited. */
    capacity: z
      .number({ error: 'capacity must be a number or null (unlimited)' })
      .int({ error: 'capacity must be a whole number' })
      .positive({ error: 'capacity must be 1 or more, or null for unlimited' })
      .nullable(),
    approval: z.enum(APPROVAL_MODES, { error: oneOf(APPROVAL_MODES) }),
    /** Whether visitors apply in this category through the portal; otherwise officers or delegations register them. */
    publicSignup: z.boolean(),
    fields: z
      .array(ZCategoryField)
      .min(1, { error: 'a category asks at least the core fields' })
      .max(60, { error: 'a category asks at most 60 fields' }),
    visaSupport: z.enum(VISA_SUPPORT_MODES, { error: oneOf(VISA_SUPPORT_MODES) }),
    badge: z.strictObject({
      zones: uniqueList(ZSlug, 'zones', 30),
      days: uniqueList(ZLocalDate, 'days', 366).refine((days) => days.length > 0, { error: 'a badge opens on at least one day' }),
    }),
  })
  .superRefine((category, ctx) => {
    reportRepeats(ctx, category.fields, (field) => field.key, (index) => ['fields', index, 'key'], (key) => `field "${key}" is asked twice`);
    reportCoreFields(ctx, CORE_FIELD_KEYS, category.fields, 'fields', (key) => `every category asks ${key}`);
    if (category.kind === 'MEDIA') {
      for (const key of ['outlet', 'mediaRole'] as const) {
        if (!category.fields.some((field) => field.key === key)) ctx.addIssue({ code: 'custom', path: ['fields'], message: `a MEDIA category asks ${key}: media quotas count by it` });
      }
    }
  });
export type AccreditationCategory = z.infer<typeof ZAccreditationCategory>;

/** What an edition tells the registration rules: its dates and working languages. */
export interface RegistrationEdition {
  startDate: string;
  endDate: string;
  /** Working languages: the languages its texts are written in and interpreted into (BCP 47). */
  languages: readonly string[];
}

export interface CategoryContext {
  edition: RegistrationEdition;
  form: RegistrationForm;
  /** The venue's zone slugs; when given, a badge opens only these. */
  zones?: readonly string[];
}

/**
 * A category schema checked against its edition: badge days within the edition's dates, zones
 * among the venue's, a name in each working language, and only fields the form has (a field
 * the form may leave optional stays required where the category says so).
 */
export function buildCategorySchema(context: CategoryContext) {
  const { edition, form, zones } = context;
  return ZAccreditationCategory.superRefine((category, ctx) => {
    category.badge.days.forEach((day, index) => {
      if (day < edition.startDate || day > edition.endDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['badge', 'days', index],
          message: `${day} is outside the edition (${edition.startDate} to ${edition.endDate})`,
        });
      }
    });
    if (zones) {
      category.badge.zones.forEach((zone, index) => {
        if (!zones.includes(zone)) {
          ctx.addIssue({ code: 'custom', path: ['badge', 'zones', index], message: `${zone} is not a zone of the venue (${zones.join(', ')})` });
        }
      });
    }
    for (const language of edition.languages) {
      if (!category.name[language]) {
        ctx.addIssue({ code: 'custom', path: ['name', language], message: `the name needs a ${language} text: it is a working language of the edition` });
      }
    }
    category.fields.forEach((field, index) => {
      if (!findField(form, field.key)) {
        ctx.addIssue({ code: 'custom', path: ['fields', index, 'key'], message: `the form has no field ${field.key}` });
      }
    });
  });
}

/** An edition's categories: each valid on its own, slugs unique, at least one. */
export function buildCategoryListSchema(context: CategoryContext) {
  return z
    .array(buildCategorySchema(context))
    .min(1, { error: 'an edition needs at least one accreditation category' })
    .max(40, { error: 'an edition has at most 40 categories' })
    .superRefine((categories, ctx) =>
      reportRepeats(ctx, categories, (category) => category.slug, (index) => [index, 'slug'], (slug) => `slug ${slug} is used twice`),
    );
}

/** Every day from `startDate` to `endDate`, both included. */
export function editionDays(startDate: string, endDate: string): string[] {
  const days: string[] = [];
  for (let day = new Date(`${startDate}T00:00:00Z`); day.toISOString().slice(0, 10) <= endDate; day.setUTCDate(day.getUTCDate() + 1)) {
    days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

/** Zone slugs the presets use; a venue names its own zones, these are where a new edition starts. */
export const DEFAULT_ZONES = ['venue', 'plenary-hall', 'vip-lounge', 'press-centre', 'service-area'] as const;

type Asked = readonly (StandardFieldKey | readonly [StandardFieldKey, boolean])[];

const PERSON: Asked = ['givenName', 'familyName', 'nativeName', 'citizenship', 'email', 'phone', 'photo'];
const CARE: Asked = ['dietaryNeeds', 'accessNeeds', 'interpretationLanguage'];
const WORK: Asked = ['organization', 'position'];

interface Preset {
  slug: string;
  name: LocalizedText;
  asks: Asked;
  zones: readonly (typeof DEFAULT_ZONES)[number][];
  visaSupport: VisaSupportMode;
  publicSignup: boolean;
}

const PRESETS: Readonly<Record<AccreditationKind, Preset>> = {
  DELEGATION_MEMBER: {
    slug: 'delegation-member',
    name: { en: 'Official delegation member', 'zh-Hans': '官方代表团成员', ru: 'Член официальной делегации' },
    asks: [...PERSON, ...WORK, ...CARE],
    zones: ['venue', 'plenary-hall'],
    visaSupport: 'OPTIONAL',
    publicSignup: false,
  },
  HEAD_OF_DELEGATION: {
    slug: 'head-of-delegation',
    name: { en: 'Head of delegation', 'zh-Hans': '代表团团长', ru: 'Глава делегации' },
    asks: [...PERSON, ...WORK, ...CARE],
    zones: ['venue', 'plenary-hall', 'vip-lounge'],
    visaSupport: 'OPTIONAL',
    publicSignup: false,
  },
  GOVERNMENT_OFFICIAL: {
    slug: 'government-official',
    name: { en: 'Government official', 'zh-Hans': '政府官员', ru: 'Представитель государственного органа' },
    asks: [...PERSON, ...WORK, ...CARE],
    zones: ['venue', 'plenary-hall'],
    visaSupport: 'OPTIONAL',
    publicSignup: true,
  },
  BUSINESS: {
    slug: 'business',
    name: { en: 'Business representative', 'zh-Hans': '企业代表', ru: 'Представитель бизнеса' },
    asks: [...PERSON, ...WORK, ...CARE],
    zones: ['venue'],
    visaSupport: 'OPTIONAL',
    publicSignup: true,
  },
  MEDIA: {
    slug: 'media',
    name: { en: 'Media', 'zh-Hans': '媒体记者', ru: 'Представитель СМИ' },
    // The outlet stands in for the organization; a press card is asked, not required, since
    // not every country issues one.
    asks: [...PERSON, 'outlet', 'mediaRole', 'pressCardNumber', ['position', false], ...CARE],
    zones: ['venue', 'press-centre'],
    visaSupport: 'OPTIONAL',
    publicSignup: true,
  },
  EXPERT_SPEAKER: {
    slug: 'expert-speaker',
    name: { en: 'Expert or speaker', 'zh-Hans': '专家和发言嘉宾', ru: 'Эксперт или спикер' },
    asks: [...PERSON, ...WORK, ...CARE],
    zones: ['venue', 'plenary-hall'],
    visaSupport: 'OPTIONAL',
    publicSignup: false,
  },
  OBSERVER: {
    slug: 'observer',
    name: { en: 'Observer', 'zh-Hans': '观察员', ru: 'Наблюдатель' },
    asks: [...PERSON, ...WORK, ...CARE],
    zones: ['venue'],
    visaSupport: 'OPTIONAL',
    publicSignup: true,
  },
  STAFF: {
    slug: 'staff',
    name: { en: 'Forum staff', 'zh-Hans': '工作人员', ru: 'Персонал форума' },
    // Staff are hired locally and work everywhere but the VIP lounge.
    asks: [...PERSON, ...WORK, 'dietaryNeeds', 'accessNeeds'],
    zones: ['venue', 'plenary-hall', 'press-centre', 'service-area'],
    visaSupport: 'NONE',
    publicSignup: false,
  },
};

/**
 * The eight categories a new edition starts with: every one needs an officer's approval, has
 * no capacity limit, opens its badge on every day of the edition, and asks the standard fields
 * of the default form that suit it (`defaultRegistrationForm`).
 */
export function defaultAccreditationCategories(edition: Pick<RegistrationEdition, 'startDate' | 'endDate'>): AccreditationCategory[] {
  const days = editionDays(edition.startDate, edition.endDate);
  return ACCREDITATION_KINDS.map((kind): AccreditationCategory => {
    const preset = PRESETS[kind];
    return {
      kind,
      slug: preset.slug,
      name: preset.name,
      capacity: null,
      approval: 'NEEDS_APPROVAL',
      publicSignup: preset.publicSignup,
      fields: preset.asks.map((asked): CategoryField => (typeof asked === 'string' ? { key: asked } : { key: asked[0], required: asked[1] })),
      visaSupport: preset.visaSupport,
      badge: { zones: [...preset.zones], days: [...days] },
    };
  });
}

/** The category's answer to "is this field asked, and is it required?"; undefined when not asked. */
export function askedField(form: RegistrationForm, category: AccreditationCategory, key: FieldKey): { required: boolean } | undefined {
  const asked = category.fields.find((field) => field.key === key);
  const field = findField(form, key);
  if (!asked || !field) return undefined;
  return { required: asked.required ?? field.required };
}

export interface AskedField {
  field: FormField;
  /** How the portal draws it. */
  input: FieldInput;
  /** Required in this category (the category's override, else the form's default). */
  required: boolean;
}

/** The fields a category asks, in the form's order, as the portal renders them. */
export function fieldsAskedBy(form: RegistrationForm, category: AccreditationCategory): AskedField[] {
  return form.fields.flatMap((field): AskedField[] => {
    const asked = askedField(form, category, field.key);
    if (!asked) return [];
    const input: FieldInput = !isCustomField(field)
      ? STANDARD_FIELD_INPUTS[field.key]
      : field.type === 'text'
        ? field.multiline
          ? 'textarea'
          : 'text'
        : field.type;
    return [{ field, input, required: asked.required }];
  });
}
