// What a refused form sends back to its page: the values as entered (so nothing typed is lost)
// and the problems, each on the field that caused it. The api reports BAD_USER_INPUT problems by
// its own argument names (`roomId`, `title.0.text`); each form maps them to its fields, and the
// programme rules' codes (ROOM_OVERLAP, ...) are kept so the page can name them in its language.
import type { CaravanApiError } from '@caravan/sdk';

export type FormValues = Record<string, string | string[]>;

export interface FieldProblem {
  /** The form field it belongs to; '' for a problem of the form as a whole. */
  field: string;
  /** A code the page words itself (ROOM_OVERLAP, REQUIRED, ...), when there is one. */
  code: string | null;
  /** The api's explanation, or the page's own. */
  message: string;
}

export interface FormFailure {
  /** Which form of the page was sent (its `_form` field). */
  form: string;
  values: FormValues;
  problems: FieldProblem[];
}

/** Api argument path (or a leading part of it, e.g. rooms.1) → the form field that shows it. */
export type FieldMap = Readonly<Record<string, string>>;

interface ApiProblem {
  field: string;
  reason: string;
}

function isApiProblem(value: unknown): value is ApiProblem {
  return typeof value === 'object' && value !== null && typeof (value as ApiProblem).field === 'string' && typeof (value as ApiProblem).reason === 'string';
}

const CODED_REASON = /^([A-Z][A-Z_]+): ([\s\S]*)$/;

/** The form field of the longest leading part of the api's path the map names (rooms.1.name.0.text → rooms.1). */
function formField(apiField: string, fields: FieldMap): string {
  const segments = apiField.replace(/^input\./, '').split('.');
  for (let length = segments.length; length > 0; length -= 1) {
    const mapped = fields[segments.slice(0, length).join('.')];
    if (mapped !== undefined) return mapped;
  }
  return '';
}

/** The field problems of a BAD_USER_INPUT error, or one form-level problem with the api's message. */
export function problemsFromApi(error: CaravanApiError, fields: FieldMap): FieldProblem[] {
  const problems = (error.details.errors ?? []).flatMap((entry) => {
    const listed = entry.extensions?.['problems'];
    return Array.isArray(listed) ? listed.filter(isApiProblem) : [];
  });
  if (problems.length === 0) return [{ field: '', code: error.code, message: error.message }];
  return problems.map((problem) => {
    const coded = CODED_REASON.exec(problem.reason);
    const field = formField(problem.field, fields);
    // A problem of a field the form does not show keeps the api's field name in its text.
    const prefix = field === '' && problem.field !== 'input' ? `${problem.field}: ` : '';
    return { field, code: coded?.[1] ?? null, message: `${prefix}${coded?.[2] ?? problem.reason}` };
  });
}

/** The form's values as entered, without the CSRF token; repeated fields become lists. */
export function formValues(form: FormData, omit: readonly string[] = []): FormValues {
  const values: FormValues = {};
  for (const key of new Set(form.keys())) {
    if (omit.includes(key)) continue;
    const all = form.getAll(key).filter((value): value is string => typeof value === 'string');
    values[key] = all.length === 1 ? (all[0] ?? '') : all;
  }
  return values;
}

export function isFormFailure(value: unknown): value is FormFailure {
  return typeof value === 'object' && value !== null && Array.isArray((value as FormFailure).problems) && typeof (value as FormFailure).form === 'string';
}
