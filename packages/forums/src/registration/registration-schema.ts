// The schema of one submission, built from an edition's form, the category applied for and the
// edition itself: only the fields the category asks, nothing unknown, every string bounded,
// consent to the current privacy notice, and passport data exactly when a visa letter is due.
import { z } from 'zod';
import { askedField, type AccreditationCategory, type RegistrationEdition } from './accreditation-categories.js';
import {
  checkboxSchema,
  checkChoice,
  checkChoices,
  checkCountry,
  checkDate,
  checkEmail,
  checkLanguageTag,
  checkLatinName,
  checkPassportNumber,
  checkPhone,
  checkText,
  checkUploadReference,
  fieldSchema,
  isBlank,
  isWrittenInScriptOf,
  likelyScript,
  type ValueCheck,
} from './field-values.js';
import { RegistrationRuleError } from './registration-errors.js';
import {
  type CustomField,
  type FieldKey,
  findField,
  type FormField,
  isCustomField,
  MEDIA_ROLES,
  type MediaRole,
  type RegistrationForm,
  type StandardField,
  type StandardFieldKey,
  STANDARD_TEXT_LIMITS,
} from './registration-form.js';
import { forwardIssues, problemsFromZodError, reportProblem, type RegistrationProblem } from './registration-problems.js';

/** The privacy notice a participant accepted, by id and version. */
export interface PrivacyNoticeRef {
  noticeId: string;
  version: string;
}

export interface RegistrationContext {
  edition: RegistrationEdition;
  /** The notice in force: a submission must accept exactly this one. */
  privacyNotice: PrivacyNoticeRef;
  /** Months a passport must stay valid after the edition's last day (the host's visa rule); 0 by default. */
  passportValidityMonths?: number;
  /**
   * Required fields completed later, such as the photos of members imported from a file: not
   * required now, still checked when given.
   */
  deferred?: readonly FieldKey[];
}

export interface NativeName {
  text: string;
  /** BCP 47 tag of the language the name is written in. */
  language: string;
}

export interface PassportData {
  number: string;
  expiryDate: string;
  /** ISO 3166-1 alpha-2 code of the issuing country. */
  nationality: string;
  dateOfBirth: string;
}

export type CustomAnswer = string | string[] | boolean;

/** A valid submission: fields the category does not ask are absent, texts trimmed, the phone in E.164. */
export interface RegistrationSubmission {
  givenName: string;
  familyName: string;
  citizenship: string;
  email: string;
  nativeName?: NativeName;
  organization?: string;
  position?: string;
  phone?: string;
  /** The api's reference to the uploaded photo. */
  photo?: string;
  dietaryNeeds?: string[];
  accessNeeds?: string;
  interpretationLanguage?: string;
  outlet?: string;
  mediaRole?: MediaRole;
  pressCardNumber?: string;
  /** Answers to custom fields, by the name after "custom.". */
  custom: Record<string, CustomAnswer>;
  consent: PrivacyNoticeRef;
  /** Whether a visa-support letter is due: the category requires it or the participant asked. */
  visaLetter: boolean;
  passport?: PassportData;
}

export const PASSPORT_FIELD_KEYS = ['number', 'expiryDate', 'nationality', 'dateOfBirth'] as const;

type Shape = Readonly<Record<string, z.ZodType>>;

/** At most this many unknown keys are reported per group: a flood tells a person nothing more. */
const MAX_UNKNOWN_REPORTED = 20;

/**
 * Parses a group of fields: each key of `shape` through its schema, and every other key
 * refused. The values parsed so far come back even when some failed (`valid` false), so rules
 * across fields can still speak; undefined when the value is not a group at all.
 */
function parseGroup(shape: Shape, value: unknown, ctx: z.RefinementCtx): { values: Record<string, unknown>; valid: boolean } | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    reportProblem(ctx, { code: 'wrong_type', expected: 'group' });
    return undefined;
  }
  const input = value as Record<string, unknown>;
  const unknown = Object.keys(input).filter((key) => !Object.hasOwn(shape, key));
  for (const key of unknown.slice(0, MAX_UNKNOWN_REPORTED)) reportProblem(ctx, { code: 'unknown_field' }, [key]);
  const values: Record<string, unknown> = {};
  let valid = unknown.length === 0;
  for (const [key, schema] of Object.entries(shape)) {
    const result = schema.safeParse(Object.hasOwn(input, key) ? input[key] : undefined);
    if (!result.success) {
      forwardIssues(ctx, result.error, [key]);
      valid = false;
    } else if (result.data !== undefined) {
      values[key] = result.data;
    }
  }
  return { values, valid };
}

function groupCheck<T>(shape: Shape, rules?: (values: Record<string, unknown>, ctx: z.RefinementCtx) => boolean): ValueCheck<T> {
  return (value, ctx) => {
    const group = parseGroup(shape, value, ctx);
    if (!group) return undefined;
    const rulesHold = rules ? rules(group.values, ctx) : true;
    return group.valid && rulesHold ? (group.values as T) : undefined;
  };
}

/** A group checked even when absent, so each required part reports itself ("passport.number: required"). */
function alwaysCheckedGroup<T>(check: ValueCheck<T>): z.ZodType<T | undefined> {
  return z.unknown().transform((value, ctx) => check(isBlank(value) ? {} : value, ctx));
}

/** A field the form has but the category does not ask: any answer is refused. */
function notAsked(): z.ZodType<undefined> {
  return z.unknown().transform((value, ctx): undefined => {
    if (!isBlank(value)) reportProblem(ctx, { code: 'not_asked' });
    return undefined;
  });
}

/** A visa part of a category without visa support: only "no letter" (an unticked box) is taken. */
function visaNotOffered(): z.ZodType<undefined> {
  const box = checkboxSchema(false);
  return z.unknown().transform((value, ctx): undefined => {
    if (isBlank(value)) return undefined;
    const answer = box.safeParse(value);
    if (!(answer.success && answer.data === false)) reportProblem(ctx, { code: 'visa_not_offered' });
    return undefined;
  });
}

const PRESS_CARD = /^[\p{L}\p{N}][\p{L}\p{N} ./-]*$/u;

function nativeNameCheck(): ValueCheck<NativeName> {
  const shape = {
    text: fieldSchema(checkText({ maxLength: STANDARD_TEXT_LIMITS.nativeName }), true),
    language: fieldSchema(checkLanguageTag(), true),
  };
  return groupCheck<NativeName>(shape, (values, ctx) => {
    const { text, language } = values as Partial<NativeName>;
    if (text === undefined || language === undefined || isWrittenInScriptOf(text, language)) return true;
    reportProblem(ctx, { code: 'script_mismatch', script: likelyScript(language) ?? language }, ['text']);
    return false;
  });
}

// One check per standard field; the Record type makes a new standard key without a check a compile error.
const standardChecks: Readonly<Record<StandardFieldKey, (field: StandardField, context: RegistrationContext) => ValueCheck<unknown>>> = {
  givenName: () => checkLatinName(STANDARD_TEXT_LIMITS.givenName),
  familyName: () => checkLatinName(STANDARD_TEXT_LIMITS.familyName),
  nativeName: () => nativeNameCheck(),
  citizenship: (field) => checkCountry(field.countries),
  organization: () => checkText({ maxLength: STANDARD_TEXT_LIMITS.organization }),
  position: () => checkText({ maxLength: STANDARD_TEXT_LIMITS.position }),
  email: () => checkEmail,
  phone: () => checkPhone,
  photo: () => checkUploadReference,
  dietaryNeeds: (field) => checkChoices((field.options ?? []).map((option) => option.value)),
  accessNeeds: () => checkText({ maxLength: STANDARD_TEXT_LIMITS.accessNeeds, multiline: true }),
  interpretationLanguage: (_field, context) => checkLanguageTag(context.edition.languages),
  outlet: () => checkText({ maxLength: STANDARD_TEXT_LIMITS.outlet }),
  mediaRole: () => checkChoice(MEDIA_ROLES),
  pressCardNumber: () => checkText({ maxLength: STANDARD_TEXT_LIMITS.pressCardNumber, pattern: PRESS_CARD }),
};

function customCheck(field: Exclude<CustomField, { type: 'checkbox' }>): ValueCheck<unknown> {
  switch (field.type) {
    case 'text':
      return checkText({
        minLength: field.minLength,
        maxLength: field.maxLength,
        multiline: field.multiline,
        pattern: field.pattern === undefined ? undefined : new RegExp(`^(?:${field.pattern})$`, 'u'),
      });
    case 'choice': {
      const values = field.options.map((option) => option.value);
      return field.multiple ? checkChoices(values) : checkChoice(values);
    }
    case 'date':
      return checkDate({ min: field.minDate, max: field.maxDate });
  }
}

function answerSchema(field: FormField, required: boolean, context: RegistrationContext): z.ZodType {
  if (!isCustomField(field)) return fieldSchema(standardChecks[field.key](field, context), required);
  if (field.type === 'checkbox') return checkboxSchema(required);
  return fieldSchema(customCheck(field), required);
}

/** An ISO date moved by whole months (clamped to the month's end) and then by days, in UTC. */
function shiftDate(date: string, months: number, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  const shifted = new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay) + days));
  return shifted.toISOString().slice(0, 10);
}

function passportCheck(context: RegistrationContext): ValueCheck<PassportData> {
  const validOn = shiftDate(context.edition.endDate, context.passportValidityMonths ?? 0, 1);
  const expiry: ValueCheck<string> = (value, ctx) => {
    const date = checkDate({})(value, ctx);
    if (date === undefined || date >= validOn) return date;
    reportProblem(ctx, { code: 'passport_expires_too_soon', min: validOn });
    return undefined;
  };
  return groupCheck<PassportData>({
    number: fieldSchema(checkPassportNumber, true),
    expiryDate: fieldSchema(expiry, true),
    nationality: fieldSchema(checkCountry(), true),
    dateOfBirth: fieldSchema(checkDate({ min: '1900-01-01', max: shiftDate(context.edition.startDate, 0, -1) }), true),
  });
}

function consentSchema(notice: PrivacyNoticeRef): z.ZodType<PrivacyNoticeRef | undefined> {
  const accepted = groupCheck<PrivacyNoticeRef>(
    {
      noticeId: fieldSchema(checkText({ maxLength: 100 }), true),
      version: fieldSchema(checkText({ maxLength: 40 }), true),
    },
    (values, ctx) => {
      if (values['noticeId'] === undefined || values['version'] === undefined) return true;
      if (values['noticeId'] === notice.noticeId && values['version'] === notice.version) return true;
      reportProblem(ctx, { code: 'consent_outdated', noticeId: notice.noticeId, version: notice.version });
      return false;
    },
  );
  return fieldSchema(accepted, true);
}

/** What the visa rules add to a submission's shape, by the category's mode. */
function visaShape(category: AccreditationCategory, context: RegistrationContext): Shape {
  switch (category.visaSupport) {
    case 'NONE':
      return { visaLetter: visaNotOffered(), passport: visaNotOffered() };
    case 'OPTIONAL':
      return { visaLetter: checkboxSchema(false), passport: fieldSchema(passportCheck(context), false) };
    case 'REQUIRED':
      // The letter comes with the category: the box may be sent ticked, never unticked.
      return {
        visaLetter: z.unknown().transform((value, ctx): boolean => {
          const answer = checkboxSchema(false).safeParse(value);
          if (!answer.success) forwardIssues(ctx, answer.error, []);
          else if (!answer.data && !isBlank(value)) reportProblem(ctx, { code: 'must_be_checked' });
          return true;
        }),
        passport: alwaysCheckedGroup(passportCheck(context)),
      };
  }
}

function assertCategoryFitsForm(form: RegistrationForm, category: AccreditationCategory): void {
  for (const asked of category.fields) {
    if (!findField(form, asked.key)) {
      throw new RegistrationRuleError(
        'REGISTRATION_CONFIG_INVALID',
        `Category ${category.slug} asks ${asked.key}, which the registration form does not have; check the category against the form with buildCategorySchema`,
      );
    }
  }
}

/**
 * The zod schema of a submission in `category`. A failed parse's issues each carry a
 * RegistrationProblem (see `parseRegistration`); a category that asks a field the form lacks is
 * a configuration error (RegistrationRuleError REGISTRATION_CONFIG_INVALID).
 */
export function buildRegistrationSchema(
  form: RegistrationForm,
  category: AccreditationCategory,
  context: RegistrationContext,
): z.ZodType<RegistrationSubmission> {
  assertCategoryFitsForm(form, category);
  // Stryker disable next-line ArrayDeclaration: equivalent, no field key is the text Stryker puts in the list
  const deferred = new Set<string>(context.deferred ?? []);
  const standard: Record<string, z.ZodType> = {};
  const custom: Record<string, z.ZodType> = {};
  for (const field of form.fields) {
    const asked = askedField(form, category, field.key);
    const schema = asked ? answerSchema(field, asked.required && !deferred.has(field.key), context) : notAsked();
    if (isCustomField(field)) custom[field.key.slice('custom.'.length)] = schema;
    else standard[field.key] = schema;
  }
  const shape: Shape = {
    ...standard,
    custom: alwaysCheckedGroup(groupCheck<Record<string, CustomAnswer>>(custom)),
    consent: consentSchema(context.privacyNotice),
    ...visaShape(category, context),
  };
  const passportWhenAsked = alwaysCheckedGroup(passportCheck(context));

  return z.unknown().transform((input, ctx): RegistrationSubmission => {
    const group = parseGroup(shape, input, ctx);
    if (!group) return z.NEVER;
    const { values } = group;
    if (category.visaSupport === 'OPTIONAL') {
      const passportGiven = !isBlank((input as Record<string, unknown>)['passport']);
      if (values['visaLetter'] === true && !passportGiven) {
        const result = passportWhenAsked.safeParse({});
        if (!result.success) forwardIssues(ctx, result.error, ['passport']);
      } else if (values['visaLetter'] !== true && passportGiven) {
        reportProblem(ctx, { code: 'not_asked' }, ['passport']);
      }
    }
    return { custom: {}, visaLetter: false, ...values } as unknown as RegistrationSubmission;
  });
}

export type RegistrationResult = { success: true; data: RegistrationSubmission } | { success: false; problems: RegistrationProblem[] };

/** Parses a submission with a schema from `buildRegistrationSchema`: the clean data, or every problem by field. */
export function parseRegistration(schema: z.ZodType<RegistrationSubmission>, input: unknown): RegistrationResult {
  const result = schema.safeParse(input);
  return result.success ? { success: true, data: result.data } : { success: false, problems: problemsFromZodError(result.error) };
}
