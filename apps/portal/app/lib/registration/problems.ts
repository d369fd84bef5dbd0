// The api's problems with a submission ({ field, code, params }) as the page shows them: each
// placed beside its input, its message from the registration catalogue by code and in the
// page's language. A code the catalogue does not know reads as "not a valid value".
import { messageArguments } from '@caravan/i18n';
import { en, type RegistrationMessageKey } from '../../i18n/registration/en.js';
import type { RegistrationTranslator } from '../../i18n/registration/registration-i18n.js';
import { inputForProblem } from './form-model.js';

export interface FormProblem {
  /** The answer's path as the api names it ("email", "passport.number"); "" for the whole form. */
  field: string;
  code: string;
  /** The code's parameters (min, max, ...) when the api gives them. */
  params?: Readonly<Record<string, unknown>>;
}

export interface PlacedProblem {
  /** The input it is shown beside, or null when it concerns the form as a whole. */
  input: string | null;
  message: string;
}

const PARAMETER_TYPES = new Set(['string', 'number']);

const known = (key: string): key is RegistrationMessageKey => Object.hasOwn(en, key);

/**
 * The catalogue key of a problem: the photo endpoint's own message when the problem is the
 * photo's ("problem.photo_too_small"), else the code's ("problem.too_long"), else the general one.
 */
export function problemKey(code: string, field = ''): RegistrationMessageKey {
  const own = `problem.${code.toLowerCase()}`;
  const photo = `problem.photo_${code.toLowerCase()}`;
  if (field === 'photo' && known(photo)) return photo;
  return known(own) ? own : 'problem.invalid';
}

/** The message of one problem in the translator's language. */
export function problemMessage(t: RegistrationTranslator, problem: FormProblem): string {
  const key = problemKey(problem.code, problem.field);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(problem.params ?? {})) {
    if (PARAMETER_TYPES.has(typeof value)) values[name] = value as string | number;
  }
  // A message that needs a parameter the api did not send falls back to the general one.
  for (const name of messageArguments(en[key], 'en')) {
    if (!(name in values)) return t('problem.invalid');
  }
  return t(key, values);
}

/** Every problem placed beside one of `inputs` (or on the form), with its message; one message per input and text. */
export function placeProblems(t: RegistrationTranslator, problems: readonly FormProblem[], inputs: readonly string[]): PlacedProblem[] {
  const seen = new Set<string>();
  const placed: PlacedProblem[] = [];
  for (const problem of problems) {
    const input = inputForProblem(problem.field, inputs);
    const message = problemMessage(t, problem);
    const id = `${input ?? ''}\u0000${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    placed.push({ input, message });
  }
  return placed;
}

/** Reads the problems out of an api error's `extensions.problems`; parameters may sit beside the code or under `params`. */
export function problemsFromExtensions(extensions: Readonly<Record<string, unknown>> | undefined): FormProblem[] {
  const list = extensions?.['problems'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry): FormProblem[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { field, code, message: _message, reason: _reason, params, ...rest } = entry as Record<string, unknown>;
    if (typeof field !== 'string' || typeof code !== 'string') return [];
    const nested = typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {};
    return [{ field, code, params: { ...rest, ...nested } }];
  });
}
