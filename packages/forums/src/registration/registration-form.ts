// The registration form of an edition as data: the standard fields every forum asks (names,
// citizenship, contact, badge photo, catering and access needs, media details) and the edition's
// own custom fields, each with a stable key, labels in the content languages and its rules.
// Categories pick from these fields; the portal renders them and the api validates against them.
import { isWorldCountryCode, ZLocalizedText, type LocalizedText } from '@caravan/regions';
import { z } from 'zod';
import { ZLocalDate } from '../schemas.js';
import { reportCoreFields, reportRepeats } from './config-rules.js';
import { forwardIssues } from './registration-problems.js';

export const STANDARD_FIELD_KEYS = [
  'givenName',
  'familyName',
  'nativeName',
  'citizenship',
  'organization',
  'position',
  'email',
  'phone',
  'photo',
  'dietaryNeeds',
  'accessNeeds',
  'interpretationLanguage',
  'outlet',
  'mediaRole',
  'pressCardNumber',
] as const;
export type StandardFieldKey = (typeof STANDARD_FIELD_KEYS)[number];

/** Who the person is and how to reach them: every form has them and every category asks them. */
export const CORE_FIELD_KEYS = ['givenName', 'familyName', 'citizenship', 'email'] as const satisfies readonly StandardFieldKey[];

/** What a media accreditation asks besides the person: the outlet and role count towards quotas. */
export const MEDIA_FIELD_KEYS = ['outlet', 'mediaRole', 'pressCardNumber'] as const satisfies readonly StandardFieldKey[];

export const MEDIA_ROLES = ['JOURNALIST', 'CAMERA', 'PHOTO', 'TECHNICAL'] as const;
export type MediaRole = (typeof MEDIA_ROLES)[number];

/** How the portal draws a field; each standard field has one, custom fields name theirs. */
export type FieldInput =
  | 'text'
  | 'textarea'
  | 'latin-name'
  | 'native-name'
  | 'email'
  | 'phone'
  | 'country'
  | 'language'
  | 'photo'
  | 'choice'
  | 'date'
  | 'checkbox';

export const STANDARD_FIELD_INPUTS: Readonly<Record<StandardFieldKey, FieldInput>> = {
  givenName: 'latin-name',
  familyName: 'latin-name',
  nativeName: 'native-name',
  citizenship: 'country',
  organization: 'text',
  position: 'text',
  email: 'email',
  phone: 'phone',
  photo: 'photo',
  dietaryNeeds: 'choice',
  accessNeeds: 'textarea',
  interpretationLanguage: 'language',
  outlet: 'text',
  mediaRole: 'choice',
  pressCardNumber: 'text',
};

/** Longest answer, in characters, of each standard field that takes text. */
export const STANDARD_TEXT_LIMITS = {
  givenName: 100,
  familyName: 100,
  nativeName: 200,
  organization: 200,
  position: 200,
  accessNeeds: 1000,
  outlet: 200,
  pressCardNumber: 50,
} as const;

const CUSTOM_KEY = /^custom\.[a-z][a-z0-9_]{0,39}$/;

/** A field's stable key: a standard field, or "custom." and a snake_case name. */
export type FieldKey = StandardFieldKey | `custom.${string}`;

export const ZStandardFieldKey = z.enum(STANDARD_FIELD_KEYS, {
  error: (issue) => `"${String(issue.input)}" is not a standard field (${STANDARD_FIELD_KEYS.join(', ')})`,
});

export const ZCustomFieldKey = z
  .string()
  .regex(CUSTOM_KEY, {
    error: (issue) =>
      `"${String(issue.input)}" is not a custom field key: "custom." then a lower-case letter and up to 39 letters, digits or underscores`,
  })
  .transform((key) => key as `custom.${string}`);

export const ZFieldKey = z.union([ZStandardFieldKey, ZCustomFieldKey], {
  error: (issue) => `"${String(issue.input)}" is neither a standard field nor a custom field key ("custom.name")`,
});

export function isStandardFieldKey(key: string): key is StandardFieldKey {
  return (STANDARD_FIELD_KEYS as readonly string[]).includes(key);
}

/** A LocalizedText whose texts are bounded, for labels and help written by organizers. */
export function boundedText(maxLength: number) {
  return ZLocalizedText.superRefine((text, ctx) => {
    const languages = Object.keys(text);
    if (languages.length > 32) ctx.addIssue({ code: 'custom', message: `at most 32 languages; got ${languages.length}` });
    for (const language of languages) {
      // Stryker disable next-line StringLiteral: equivalent, every key of Object.keys(text) has a text
      if ((text[language] ?? '').length > maxLength) {
        ctx.addIssue({ code: 'custom', path: [language], message: `at most ${maxLength} characters` });
      }
    }
  });
}

const ZLabel = boundedText(200);
const ZHelp = boundedText(1000);

export const ZChoiceOption = z.strictObject({
  value: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, {
    error: (issue) =>
      `"${String(issue.input)}" is not an option value (lower-case letters, digits, "_" and "-", at most 64)`,
  }),
  label: ZLabel,
});
export type ChoiceOption = z.infer<typeof ZChoiceOption>;

function uniqueOptions<T extends z.ZodType<ChoiceOption[]>>(options: T) {
  return options.superRefine((list, ctx) =>
    reportRepeats(ctx, list, (option) => option.value, (index) => [index, 'value'], (value) => `option "${value}" is listed twice`),
  );
}

const ZOptions = uniqueOptions(
  z.array(ZChoiceOption).min(1, { error: 'a choice needs at least one option' }).max(100, { error: 'at most 100 options' }),
);

const fieldBase = { label: ZLabel, help: ZHelp.optional(), required: z.boolean() };

/**
 * A standard field as an edition configures it: labels, help, whether it is required by
 * default, the dietary options on offer and, for citizenship, the countries accepted (default:
 * any ISO 3166-1 country). Its type and limits are the platform's.
 */
export const ZStandardField = z
  .strictObject({
    key: ZStandardFieldKey,
    ...fieldBase,
    options: ZOptions.optional(),
    countries: z
      .array(
        z.string().refine(isWorldCountryCode, {
          error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code (e.g. KZ)`,
        }),
      )
      .min(1, { error: 'list at least one country, or leave countries out to accept any' })
      .max(300)
      .optional(),
  })
  .superRefine((field, ctx) => {
    if (field.key === 'dietaryNeeds' && !field.options) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'dietaryNeeds needs its options' });
    }
    if (field.options && field.key !== 'dietaryNeeds') {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `${field.key} takes no options; only dietaryNeeds has configurable options` });
    }
    if (field.countries && field.key !== 'citizenship') {
      ctx.addIssue({ code: 'custom', path: ['countries'], message: `${field.key} takes no countries; only citizenship does` });
    }
  });
export type StandardField = z.infer<typeof ZStandardField>;

const ZCustomTextField = z
  .strictObject({
    key: ZCustomFieldKey,
    type: z.literal('text'),
    ...fieldBase,
    multiline: z.boolean().optional(),
    minLength: z.number().int().min(1, { error: 'minLength must be 1 or more' }).optional(),
    maxLength: z.number().int().min(1).max(2000, { error: 'maxLength is at most 2000' }),
    /** A JavaScript regular expression (Unicode mode) the whole answer must match. */
    pattern: z
      .string()
      .min(1)
      .max(200, { error: 'pattern is at most 200 characters' })
      .refine(
        (source) => {
          try {
            new RegExp(source, 'u');
            return true;
            // Stryker disable next-line BlockStatement: equivalent, a refinement that returns undefined fails as false does
          } catch {
            return false;
          }
        },
        { error: (issue) => `"${String(issue.input)}" is not a valid regular expression` },
      )
      .optional(),
  })
  .superRefine((field, ctx) => {
    if (field.minLength !== undefined && field.minLength > field.maxLength) {
      ctx.addIssue({ code: 'custom', path: ['minLength'], message: `minLength ${field.minLength} is above maxLength ${field.maxLength}` });
    }
  });

const ZCustomChoiceField = z.strictObject({
  key: ZCustomFieldKey,
  type: z.literal('choice'),
  ...fieldBase,
  multiple: z.boolean(),
  options: ZOptions,
});

const ZCustomDateField = z
  .strictObject({
    key: ZCustomFieldKey,
    type: z.literal('date'),
    ...fieldBase,
    minDate: ZLocalDate.optional(),
    maxDate: ZLocalDate.optional(),
  })
  .superRefine((field, ctx) => {
    if (field.minDate && field.maxDate && field.maxDate < field.minDate) {
      ctx.addIssue({ code: 'custom', path: ['maxDate'], message: `maxDate ${field.maxDate} is before minDate ${field.minDate}` });
    }
  });

const ZCustomCheckboxField = z.strictObject({
  key: ZCustomFieldKey,
  type: z.literal('checkbox'),
  ...fieldBase,
});

export const CUSTOM_FIELD_TYPES = ['text', 'choice', 'date', 'checkbox'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

export const ZCustomField = z.discriminatedUnion('type', [ZCustomTextField, ZCustomChoiceField, ZCustomDateField, ZCustomCheckboxField], {
  error: (issue) =>
    issue.code === 'invalid_union' ? `a custom field's type is one of ${CUSTOM_FIELD_TYPES.join(', ')}` : undefined,
});
export type CustomField = z.infer<typeof ZCustomField>;

export type FormField = StandardField | CustomField;

export function isCustomField(field: FormField): field is CustomField {
  return 'type' in field;
}

/** Bounds of a form: enough for any forum, small enough to render and validate quickly. */
export const FORM_LIMITS = { maxFields: 60 } as const;

/**
 * A field of a form, told apart by its key: "custom." keys are custom fields, others standard
 * ones. Choosing the branch by key (rather than a union trying both) reports only the problems
 * of the kind of field meant.
 */
export const ZFormField: z.ZodType<FormField> = z.unknown().transform((value, ctx): FormField => {
  const key = typeof value === 'object' && value !== null ? (value as { key?: unknown }).key : undefined;
  if (typeof key !== 'string') {
    ctx.addIssue({ code: 'custom', message: 'a field needs a key: a standard field or "custom." and a name' });
    return z.NEVER;
  }
  const result = (key.startsWith('custom.') ? ZCustomField : ZStandardField).safeParse(value);
  if (result.success) return result.data;
  forwardIssues(ctx, result.error, []);
  return z.NEVER;
});

/** A registration form: its fields in the order the portal shows them. */
export const ZRegistrationForm = z
  .strictObject({
    fields: z
      .array(ZFormField)
      .min(1, { error: 'a form needs fields' })
      .max(FORM_LIMITS.maxFields, { error: `a form has at most ${FORM_LIMITS.maxFields} fields` }),
  })
  .superRefine((form, ctx) => {
    reportRepeats(ctx, form.fields, (field) => field.key, (index) => ['fields', index, 'key'], (key) => `field "${key}" is listed twice`);
    reportCoreFields(ctx, CORE_FIELD_KEYS, form.fields, 'fields', (key) => `the form needs the field ${key}: every participant gives it`);
  });
export type RegistrationForm = z.infer<typeof ZRegistrationForm>;

/** The field of `form` with `key`, if any. */
export function findField(form: RegistrationForm, key: string): FormField | undefined {
  return form.fields.find((field) => field.key === key);
}

const MEDIA_ROLE_LABELS: Readonly<Record<MediaRole, LocalizedText>> = {
  JOURNALIST: { en: 'Journalist', 'zh-Hans': '文字记者', ru: 'Журналист' },
  CAMERA: { en: 'Camera operator', 'zh-Hans': '摄像记者', ru: 'Телеоператор' },
  PHOTO: { en: 'Photographer', 'zh-Hans': '摄影记者', ru: 'Фотограф' },
  TECHNICAL: { en: 'Technical staff', 'zh-Hans': '技术人员', ru: 'Технический специалист' },
};

/** The media roles as choice options: fixed values, labels in en, zh-Hans and ru. */
export const MEDIA_ROLE_OPTIONS: readonly ChoiceOption[] = MEDIA_ROLES.map((role) => ({ value: role, label: MEDIA_ROLE_LABELS[role] }));

/** Dietary options a new edition starts with; organizers may change them. */
export const DEFAULT_DIETARY_OPTIONS: readonly ChoiceOption[] = [
  { value: 'vegetarian', label: { en: 'Vegetarian', 'zh-Hans': '素食', ru: 'Вегетарианское питание' } },
  { value: 'vegan', label: { en: 'Vegan', 'zh-Hans': '纯素食', ru: 'Веганское питание' } },
  { value: 'halal', label: { en: 'Halal', 'zh-Hans': '清真', ru: 'Халяль' } },
  { value: 'kosher', label: { en: 'Kosher', 'zh-Hans': '犹太洁食', ru: 'Кошерное питание' } },
  { value: 'gluten-free', label: { en: 'Gluten-free', 'zh-Hans': '无麸质', ru: 'Без глютена' } },
  { value: 'lactose-free', label: { en: 'Lactose-free', 'zh-Hans': '无乳糖', ru: 'Без лактозы' } },
  { value: 'nut-allergy', label: { en: 'Nut allergy', 'zh-Hans': '坚果过敏', ru: 'Аллергия на орехи' } },
];

const STANDARD_LABELS: Readonly<Record<StandardFieldKey, { label: LocalizedText; help?: LocalizedText }>> = {
  givenName: {
    label: { en: 'Given name', 'zh-Hans': '名', ru: 'Имя' },
    help: { en: 'In Latin letters, as in your passport', 'zh-Hans': '请用拉丁字母填写，与护照一致', ru: 'Латиницей, как в паспорте' },
  },
  familyName: {
    label: { en: 'Family name', 'zh-Hans': '姓', ru: 'Фамилия' },
    help: { en: 'In Latin letters, as in your passport', 'zh-Hans': '请用拉丁字母填写，与护照一致', ru: 'Латиницей, как в паспорте' },
  },
  nativeName: {
    label: { en: 'Name in your own script', 'zh-Hans': '本国文字姓名', ru: 'Имя на родном языке' },
    help: {
      en: 'Full name as written in your language, and that language',
      'zh-Hans': '按本国语言书写的全名，并注明语言',
      ru: 'Полное имя так, как оно пишется на вашем языке, и этот язык',
    },
  },
  citizenship: { label: { en: 'Citizenship', 'zh-Hans': '国籍', ru: 'Гражданство' } },
  organization: { label: { en: 'Organization', 'zh-Hans': '工作单位', ru: 'Организация' } },
  position: { label: { en: 'Position', 'zh-Hans': '职务', ru: 'Должность' } },
  email: { label: { en: 'Email', 'zh-Hans': '电子邮箱', ru: 'Электронная почта' } },
  phone: {
    label: { en: 'Phone', 'zh-Hans': '电话', ru: 'Телефон' },
    help: { en: 'With the country code, e.g. +7 7172 123456', 'zh-Hans': '请包含国家代码，例如 +86 951 1234567', ru: 'С кодом страны, например +7 7172 123456' },
  },
  photo: {
    label: { en: 'Photo for the badge', 'zh-Hans': '证件照片', ru: 'Фотография для бейджа' },
  },
  dietaryNeeds: { label: { en: 'Dietary needs', 'zh-Hans': '饮食要求', ru: 'Особенности питания' } },
  accessNeeds: {
    label: { en: 'Accessibility needs', 'zh-Hans': '无障碍需求', ru: 'Потребности в доступной среде' },
  },
  interpretationLanguage: {
    label: { en: 'Interpretation language', 'zh-Hans': '同声传译语言', ru: 'Язык синхронного перевода' },
  },
  outlet: { label: { en: 'Media outlet', 'zh-Hans': '媒体机构', ru: 'Средство массовой информации' } },
  mediaRole: { label: { en: 'Media role', 'zh-Hans': '媒体工作岗位', ru: 'Роль в СМИ' } },
  pressCardNumber: {
    label: { en: 'Press card number', 'zh-Hans': '记者证号', ru: 'Номер удостоверения журналиста' },
  },
};

// The standard fields a new edition's form holds, in the order the portal shows them.
const DEFAULT_REQUIRED: Readonly<Record<StandardFieldKey, boolean>> = {
  givenName: true,
  familyName: true,
  nativeName: false,
  citizenship: true,
  organization: true,
  position: true,
  email: true,
  phone: true,
  photo: true,
  dietaryNeeds: false,
  accessNeeds: false,
  interpretationLanguage: false,
  outlet: true,
  mediaRole: true,
  pressCardNumber: false,
};

/** A new edition's form: every standard field with labels in en, zh-Hans and ru, no custom fields. */
export function defaultRegistrationForm(): RegistrationForm {
  return {
    fields: STANDARD_FIELD_KEYS.map((key): StandardField => ({
      key,
      ...STANDARD_LABELS[key],
      required: DEFAULT_REQUIRED[key],
      ...(key === 'dietaryNeeds' ? { options: DEFAULT_DIETARY_OPTIONS.map((option) => ({ ...option })) } : {}),
    })),
  };
}
