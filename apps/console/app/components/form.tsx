// Accessible form parts: every form carries the CSRF token and says which form it is; a refused
// form shows an error summary (focused, linking to each field) and each problem beside its field,
// with the values as they were entered.
import { Form, useActionData, useNavigation } from '@remix-run/react';
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import type { ConsoleMessageKey } from '../i18n/console-i18n.js';
import { isFormFailure, type FieldProblem, type FormFailure } from '../lib/form-problems.js';
import { useConsole } from '../lib/use-console.js';

const FormState = createContext<{ id: string; failure: FormFailure | null }>({ id: '', failure: null });

export const fieldId = (form: string, name: string) => `${form}-${name}`.replace(/[^A-Za-z0-9_-]/g, '-');

/** Problem codes the console words itself; any other code shows the api's message alone. */
const PROBLEM_LABELS: Readonly<Record<string, ConsoleMessageKey>> = {
  ROOM_OVERLAP: 'problem.ROOM_OVERLAP',
  SPEAKER_OVERLAP: 'problem.SPEAKER_OVERLAP',
  OUTSIDE_EDITION_DATES: 'problem.OUTSIDE_EDITION_DATES',
  ENDS_BEFORE_START: 'problem.ENDS_BEFORE_START',
  REQUIRED: 'problem.REQUIRED',
  NOT_FOUND: 'problem.NOT_FOUND',
  RATE_LIMITED: 'problem.RATE_LIMITED',
};

function useProblemText(): (problem: FieldProblem) => string {
  const { t } = useConsole();
  return (problem) => {
    const label = problem.code ? PROBLEM_LABELS[problem.code] : undefined;
    return label ? `${t(label)} (${problem.code}): ${problem.message}` : problem.message;
  };
}

export function ConsoleForm({ id, children, className, action }: { id: string; children: ReactNode; className?: string; action?: string }) {
  const { csrf, t } = useConsole();
  const actionData = useActionData();
  const failure = isFormFailure(actionData) && actionData.form === id ? actionData : null;
  const navigation = useNavigation();
  return (
    <FormState.Provider value={{ id, failure }}>
      <Form method="post" className={className ?? 'console-form'} aria-labelledby={`${id}-title`} noValidate {...(action ? { action } : {})}>
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="_form" value={id} />
        {failure ? <ErrorSummary failure={failure} /> : null}
        {children}
        {navigation.state === 'submitting' ? (
          <p className="muted" role="status">
            {t('form.saving')}
          </p>
        ) : null}
      </Form>
    </FormState.Provider>
  );
}

/** A form that is only a button (publish, delete, revoke ...), with its hidden fields. */
export function ActionButton({ id, intent, label, hidden = {}, danger = false, action }: { id: string; intent: string; label: string; hidden?: Record<string, string>; danger?: boolean; action?: string }) {
  const { csrf } = useConsole();
  return (
    <Form method="post" className="inline-form" {...(action ? { action } : {})}>
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="_form" value={id} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" name="intent" value={intent} className={danger ? 'button button--danger' : 'button button--secondary'}>
        {label}
      </button>
    </Form>
  );
}

function ErrorSummary({ failure }: { failure: FormFailure }) {
  const { t } = useConsole();
  const { id } = useContext(FormState);
  const text = useProblemText();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [failure]);
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={`${id}-errors-title`}>
      <h2 id={`${id}-errors-title`} className="error-summary__title">
        {t('form.errorSummary', { count: failure.problems.length })}
      </h2>
      <ul>
        {failure.problems.map((problem, index) => (
          <li key={index}>{problem.field ? <a href={`#${fieldId(id, problem.field)}`}>{text(problem)}</a> : text(problem)}</li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
}

function useField(name: string, initial: string | string[] | undefined) {
  const { id, failure } = useContext(FormState);
  const text = useProblemText();
  const problems = failure?.problems.filter((problem) => problem.field === name) ?? [];
  const entered = failure?.values[name];
  const value = failure ? entered ?? (Array.isArray(initial) ? [] : '') : initial;
  return { id: fieldId(id, name), problems: problems.map(text), value, submitted: failure !== null };
}

function FieldFrame({ id, label, hint, problems, required, children }: { id: string; label: string; hint?: string; problems: string[]; required?: boolean; children: ReactNode }) {
  const { t } = useConsole();
  return (
    <div className={problems.length > 0 ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="field__required"> ({t('form.required')})</span> : null}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {problems.map((problem, index) => (
        <p className="field__error" id={`${id}-error-${index}`} key={index}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {problem}
        </p>
      ))}
      {children}
    </div>
  );
}

const describedBy = (id: string, hint: string | undefined, problems: string[]) =>
  [hint ? `${id}-hint` : null, ...problems.map((_, index) => `${id}-error-${index}`)].filter(Boolean).join(' ') || undefined;

export function TextField({ name, label, hint, required, defaultValue, type = 'text', autoComplete, lang, list }: FieldProps & { defaultValue?: string; type?: 'text' | 'email' | 'password' | 'time' | 'date' | 'number' | 'url'; autoComplete?: string; lang?: string; list?: string }) {
  const field = useField(name, defaultValue);
  return (
    <FieldFrame id={field.id} label={label} problems={field.problems} {...(hint ? { hint } : {})} {...(required ? { required } : {})}>
      <input
        id={field.id}
        name={name}
        type={type}
        defaultValue={typeof field.value === 'string' ? field.value : ''}
        aria-invalid={field.problems.length > 0 || undefined}
        aria-describedby={describedBy(field.id, hint, field.problems)}
        required={required}
        autoComplete={autoComplete}
        lang={lang}
        list={list}
        // Remount after a refusal so the entered values (not the stale ones) show.
        key={field.submitted ? `submitted-${String(field.value)}` : 'initial'}
      />
    </FieldFrame>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function SelectField({ name, label, hint, required, defaultValue, choices, empty }: FieldProps & { defaultValue?: string; choices: Choice[]; empty?: string }) {
  const field = useField(name, defaultValue);
  return (
    <FieldFrame id={field.id} label={label} problems={field.problems} {...(hint ? { hint } : {})} {...(required ? { required } : {})}>
      <select
        id={field.id}
        name={name}
        defaultValue={typeof field.value === 'string' ? field.value : ''}
        aria-invalid={field.problems.length > 0 || undefined}
        aria-describedby={describedBy(field.id, hint, field.problems)}
        required={required}
        key={field.submitted ? `submitted-${String(field.value)}` : 'initial'}
      >
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A group of checkboxes sharing one name (a list value), in a fieldset with its legend. */
export function CheckboxGroup({ name, legend, choices, defaultValue }: { name: string; legend: string; choices: Choice[]; defaultValue: string[] }) {
  const field = useField(name, defaultValue);
  const checked = new Set(Array.isArray(field.value) ? field.value : field.value ? [field.value] : []);
  return (
    <fieldset className={field.problems.length > 0 ? 'field field--invalid' : 'field'} id={field.id} tabIndex={-1}>
      <legend>{legend}</legend>
      {field.problems.map((problem, index) => (
        <p className="field__error" key={index}>
          {problem}
        </p>
      ))}
      <div className="checkbox-row">
        {choices.map((choice) => (
          <label key={choice.value} className="checkbox">
            <input type="checkbox" name={name} value={choice.value} defaultChecked={checked.has(choice.value)} key={field.submitted ? 'submitted' : 'initial'} /> {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function CheckboxField({ name, label, defaultChecked = false }: { name: string; label: string; defaultChecked?: boolean }) {
  const field = useField(name, defaultChecked ? 'on' : '');
  return (
    <div className="field">
      <label className="checkbox" htmlFor={field.id}>
        <input id={field.id} type="checkbox" name={name} defaultChecked={field.value === 'on'} key={field.submitted ? 'submitted' : 'initial'} /> {label}
      </label>
    </div>
  );
}

export function SubmitButton({ label, intent }: { label: string; intent?: string }) {
  return (
    <button type="submit" className="button" {...(intent ? { name: 'intent', value: intent } : {})}>
      {label}
    </button>
  );
}

export function FormTitle({ id, children, level = 2 }: { id: string; children: ReactNode; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return <Heading id={`${id}-title`}>{children}</Heading>;
}

/** The problems of a field that has no single input (a list, a group), shown where it is placed. */
export function FieldProblems({ name }: { name: string }) {
  const field = useField(name, undefined);
  return (
    <>
      {field.problems.map((problem, index) => (
        <p className="field__error" key={index}>
          {problem}
        </p>
      ))}
    </>
  );
}
