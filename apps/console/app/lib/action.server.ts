// The one way an organizer's form is handled: the CSRF token is checked before anything else,
// then the organizer is resolved, then the action's work runs. A BAD_USER_INPUT from the api
// comes back to the form with the entered values and the problems on their fields; the api
// refusing the organizer (FORBIDDEN) is a 403 page; a success redirects with a notice.
import { CaravanApiError } from '@caravan/sdk';
import { data, redirect } from '@remix-run/node';
import type { ConsoleTranslator } from '../i18n/console-i18n.js';
import { apiFailure } from './api.server.js';
import { requireOrganizer, type Organizer } from './auth.server.js';
import { assertCsrf, CSRF_FIELD } from './csrf.server.js';
import { formValues, problemsFromApi, type FieldMap, type FieldProblem, type FormFailure } from './form-problems.js';
import { requestTranslator } from './locale.server.js';
import type { Notice } from './notice.js';
import { sessionStorage } from './session.server.js';

export const FORM_ID_FIELD = '_form';
export const INTENT_FIELD = 'intent';

export interface ActionContext {
  form: FormData;
  organizer: Organizer;
  t: ConsoleTranslator;
  /** The `intent` of the button that sent the form. */
  intent: string;
  text(name: string): string;
  /** Redirects after a success, with a notice for the next page. */
  done(to: string, notice?: Notice): Promise<Response>;
  /** Sends the form back with problems the console found itself. */
  refuse(problems: FieldProblem[]): never;
}

export interface ActionOptions {
  /** Where the api's argument names show on this page's forms. */
  fields?: FieldMap;
}

export class FormRefusal extends Error {
  constructor(readonly failure: FormFailure) {
    super('form refused');
  }
}

/** What an action's work answers: a redirect, or data for the page (a preview, say). */
type ActionAnswer = Response | ReturnType<typeof data<unknown>>;

export async function organizerAction<Answer extends ActionAnswer = Response>(
  request: Request,
  options: ActionOptions,
  work: (context: ActionContext) => Promise<Answer>,
): Promise<Answer | ReturnType<typeof data<FormFailure>>> {
  const form = await request.formData();
  await assertCsrf(form, request.headers);
  const organizer = await requireOrganizer(request);
  const t = await requestTranslator(request);
  const formId = String(form.get(FORM_ID_FIELD) ?? '');
  // A refused form never sends a password back to the page.
  const values = () => formValues(form, [CSRF_FIELD, FORM_ID_FIELD, INTENT_FIELD, 'password']);
  const failure = (problems: FieldProblem[]): FormFailure => ({ form: formId, values: values(), problems });
  const context: ActionContext = {
    form,
    organizer,
    t,
    intent: String(form.get(INTENT_FIELD) ?? ''),
    text: (name) => String(form.get(name) ?? '').trim(),
    async done(to, notice) {
      if (notice) organizer.session.flash('notice', notice);
      return redirect(to, { headers: { 'Set-Cookie': await sessionStorage.commitSession(organizer.session) } });
    },
    refuse: (problems) => {
      throw new FormRefusal(failure(problems));
    },
  };
  try {
    return await work(context);
  } catch (error) {
    if (error instanceof FormRefusal) return data(error.failure, { status: 400, headers: organizer.headers });
    if (error instanceof CaravanApiError && (error.code === 'BAD_USER_INPUT' || error.code === 'NOT_FOUND' || error.code === 'RATE_LIMITED' || error.code === 'STALE_EDIT')) {
      return data(failure(problemsFromApi(error, options.fields ?? {})), { status: 400, headers: organizer.headers });
    }
    return apiFailure(error);
  }
}
