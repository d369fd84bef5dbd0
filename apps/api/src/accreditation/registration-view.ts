// The public view of an edition's registration (the `registration` query): the form's fields
// and the categories open to public sign-up, texts in the asked language.
import {
  fieldsAskedBy,
  isCustomField,
  MEDIA_ROLE_OPTIONS,
  STANDARD_FIELD_INPUTS,
  STANDARD_TEXT_LIMITS,
  type ChoiceOption,
  type FormField,
  type RegistrationForm,
} from '@caravan/forums/registration';
import { pickText, type LocalizedText } from '@caravan/regions';
import type { AccreditationCategoryViewModel, EditionRegistrationModel, RegistrationFieldModel } from './models/edition-registration.model.js';
import { formOf, isRegistrationOpen, toDomainCategory, type CategoryRow, type EditionForRegistration } from './registration-context.js';

const text = (value: unknown, lang: string): string => pickText(value as LocalizedText, lang)?.text ?? '';

function optionsOf(field: FormField, lang: string): { value: string; label: string }[] {
  const options: readonly ChoiceOption[] =
    isCustomField(field) ? (field.type === 'choice' ? field.options : []) : field.key === 'mediaRole' ? MEDIA_ROLE_OPTIONS : (field.options ?? []);
  return options.map((option) => ({ value: option.value, label: text(option.label, lang) }));
}

function fieldView(field: FormField, lang: string): RegistrationFieldModel {
  const custom = isCustomField(field) ? field : null;
  const input = custom
    ? custom.type === 'text'
      ? custom.multiline
        ? 'textarea'
        : 'text'
      : custom.type
    : STANDARD_FIELD_INPUTS[field.key as keyof typeof STANDARD_FIELD_INPUTS];
  const standardLimit = (STANDARD_TEXT_LIMITS as Record<string, number>)[field.key] ?? null;
  return {
    key: field.key,
    input,
    label: text(field.label, lang),
    help: field.help ? text(field.help, lang) : null,
    options: optionsOf(field, lang),
    maxLength: custom ? (custom.type === 'text' ? custom.maxLength : null) : standardLimit,
    min: custom?.type === 'date' ? (custom.minDate ?? null) : null,
    max: custom?.type === 'date' ? (custom.maxDate ?? null) : null,
    multiple: custom ? custom.type === 'choice' && custom.multiple : field.key === 'dietaryNeeds',
  };
}

function categoryView(form: RegistrationForm, row: CategoryRow, lang: string): AccreditationCategoryViewModel {
  const category = toDomainCategory(row);
  return {
    slug: row.slug,
    kind: row.kind,
    name: text(row.name, lang),
    description: row.description ? text(row.description, lang) : null,
    capacity: row.capacity,
    placesLeft: row.capacity === null ? null : Math.max(0, row.capacity - row.approvedCount),
    approval: row.approval,
    visaSupport: row.visaSupport,
    fields: fieldsAskedBy(form, category).map((asked) => ({ key: asked.field.key, required: asked.required })),
  };
}

export function registrationView(
  edition: EditionForRegistration & { registrationSetup: (EditionForRegistration['registrationSetup'] & { privacyNotice: unknown }) | null },
  categories: readonly CategoryRow[],
  lang: string,
): EditionRegistrationModel | null {
  const setup = edition.registrationSetup;
  if (!setup) return null;
  const form = formOf(edition);
  return {
    editionId: edition.id,
    open: isRegistrationOpen(edition),
    opensAt: setup.opensAt?.toISOString() ?? null,
    closesAt: setup.closesAt?.toISOString() ?? null,
    privacyNotice: { id: setup.privacyNoticeId, version: setup.privacyNoticeVersion, text: text(setup.privacyNotice, lang) },
    fields: form.fields.map((field) => fieldView(field, lang)),
    categories: categories.filter((c) => c.publicSignup).map((c) => categoryView(form, c, lang)),
  };
}
