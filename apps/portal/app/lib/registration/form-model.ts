// The registration form as the portal draws and reads it. One plain HTML form (it works without
// JavaScript): each answer is one named input whose name is the answer's path in the api's
// submission ("email", "nativeName.text", "passport.number", "custom.company_size"), so the
// api's problems, which name the same paths, land beside the input that caused them.
import type { CategoryView, RegistrationFieldView } from './registration-view.js';

/** What the visitor typed, by input name: kept on the page when the api refuses the answers. */
export type FormValues = Readonly<Record<string, string | readonly string[]>>;

/** A field of the form as the chosen category asks it. */
export interface AskedFormField {
  field: RegistrationFieldView;
  required: boolean;
}

/** The answers an input group stands for: the group's parts, by the name after the dot. */
export const NATIVE_NAME_PARTS = ['text', 'language'] as const;
export const PASSPORT_PARTS = ['number', 'expiryDate', 'nationality', 'dateOfBirth'] as const;

/** Inputs that are not answers of the submission itself. */
export const CONSENT_INPUT = 'consent';
export const PHOTO_REFERENCE_INPUT = 'photoReference';

/** The fields `category` asks, in the form's order, with whether each is required. */
export function askedFields(fields: readonly RegistrationFieldView[], category: CategoryView): AskedFormField[] {
  const asked = new Map(category.fields.map((field) => [field.key, field.required]));
  return fields.flatMap((field) => {
    const required = asked.get(field.key);
    return required === undefined ? [] : [{ field, required }];
  });
}

/** Whether the category takes passport data: always (REQUIRED) or when a letter is asked for (OPTIONAL). */
export function takesPassport(category: CategoryView): boolean {
  return category.visaSupport === 'REQUIRED' || category.visaSupport === 'OPTIONAL';
}

/** Every input name the form has for `category`, in page order: where a problem can point. */
export function inputNames(fields: readonly AskedFormField[], category: CategoryView): string[] {
  const names = fields.flatMap(({ field }) => (field.input === 'native-name' ? NATIVE_NAME_PARTS.map((part) => `${field.key}.${part}`) : [field.key]));
  if (category.visaSupport === 'OPTIONAL') names.push('visaLetter');
  if (takesPassport(category)) names.push(...PASSPORT_PARTS.map((part) => `passport.${part}`));
  names.push(CONSENT_INPUT);
  return names;
}

/** The id of the input named `name`: stable, and valid in a URL fragment. */
export function inputId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** The id of the error message under the input named `name`, for aria-describedby. */
export function errorId(name: string): string {
  return `${inputId(name)}-error`;
}

/**
 * The input a problem at `field` belongs beside: the input of that name, the first input of a
 * group ("passport" → "passport.number"), or the input a deeper path lies in ("dietaryNeeds.1"
 * → "dietaryNeeds"); null for a problem of the form as a whole, or of nothing the page shows.
 */
export function inputForProblem(field: string, names: readonly string[]): string | null {
  if (!field) return null;
  if (names.includes(field)) return field;
  const inGroup = names.find((name) => name.startsWith(`${field}.`));
  if (inGroup) return inGroup;
  const containing = names.filter((name) => field.startsWith(`${name}.`)).sort((a, b) => b.length - a.length)[0];
  return containing ?? null;
}

/** A form body's text values, by name (files left out): what is shown again after a refusal. */
export function formValues(data: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const name of new Set(data.keys())) {
    const texts = data.getAll(name).filter((value): value is string => typeof value === 'string');
    if (texts.length === 0) continue;
    values[name] = texts.length === 1 && !name.endsWith('[]') ? (texts[0] as string) : texts;
  }
  return values;
}

/** One value of `name` (the first, when the input repeats). */
export function singleValue(values: FormValues, name: string): string {
  const value = values[name];
  return typeof value === 'string' ? value : (value?.[0] ?? '');
}

/** Every value of `name`: the ticked options of a multiple choice. */
export function listValue(values: FormValues, name: string): string[] {
  const value = values[name];
  return value === undefined ? [] : typeof value === 'string' ? [value] : [...value];
}

const ticked = (values: FormValues, name: string): boolean => singleValue(values, name) !== '';

export interface ConsentRef {
  noticeId: string;
  version: string;
}

/**
 * The submission's answers (the api's RegistrationSubmission shape) from the form's values: texts
 * as typed (the api trims and checks them), lists for multiple choices, true/false for boxes,
 * groups for the native name and the passport, custom answers under `custom` (a ticked box as
 * true, an unticked one left out), the consent as
 * the notice shown when it is ticked. `photo` is the api's reference to the uploaded photo.
 */
export function answersFromValues(values: FormValues, fields: readonly AskedFormField[], category: CategoryView, consent: ConsentRef, photo: string | null): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  const custom: Record<string, unknown> = {};
  for (const { field } of fields) {
    let answer: unknown;
    switch (field.input) {
      case 'native-name':
        answer = Object.fromEntries(NATIVE_NAME_PARTS.map((part) => [part, singleValue(values, `${field.key}.${part}`)]));
        break;
      case 'photo':
        answer = photo ?? '';
        break;
      case 'checkbox':
        // An unticked box is no answer: a category that does not ask it must not see one.
        answer = ticked(values, field.key) ? true : undefined;
        break;
      case 'choice':
        answer = field.multiple ? listValue(values, field.key) : singleValue(values, field.key);
        break;
      default:
        answer = singleValue(values, field.key);
    }
    if (answer === undefined) continue;
    if (field.key.startsWith('custom.')) custom[field.key.slice('custom.'.length)] = answer;
    else answers[field.key] = answer;
  }
  answers['custom'] = custom;
  if (category.visaSupport === 'OPTIONAL') answers['visaLetter'] = ticked(values, 'visaLetter');
  // Passport data goes only with a letter: asked for (OPTIONAL) or always due (REQUIRED).
  if (category.visaSupport === 'REQUIRED' || answers['visaLetter'] === true) {
    answers['passport'] = Object.fromEntries(PASSPORT_PARTS.map((part) => [part, singleValue(values, `passport.${part}`)]));
  }
  if (ticked(values, CONSENT_INPUT)) answers['consent'] = { noticeId: consent.noticeId, version: consent.version };
  return answers;
}

/** The form's values from saved answers (a draft being completed): the reverse of answersFromValues. */
export function valuesFromAnswers(answers: Readonly<Record<string, unknown>>): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  const put = (name: string, value: unknown) => {
    if (typeof value === 'string' && value !== '') values[name] = value;
    else if (typeof value === 'number') values[name] = String(value);
    else if (value === true) values[name] = 'on';
    else if (Array.isArray(value)) values[name] = value.filter((item): item is string => typeof item === 'string');
  };
  for (const [key, value] of Object.entries(answers)) {
    if (key === 'consent') {
      if (value) values[CONSENT_INPUT] = 'on';
    } else if (key === 'photo') {
      if (typeof value === 'string' && value) values[PHOTO_REFERENCE_INPUT] = value;
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const prefix = key === 'custom' ? 'custom' : key;
      for (const [part, partValue] of Object.entries(value as Record<string, unknown>)) put(`${prefix}.${part}`, partValue);
    } else {
      put(key, value);
    }
  }
  return values;
}
