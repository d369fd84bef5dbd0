// The registration form, drawn from the api's field list for one category: one plain HTML form
// that works without JavaScript (multipart, for the photo), every input labelled, each problem
// beside its input and linked from a summary at the top, the entered values kept. Used to
// register, to complete a draft and to register a delegation's member.
import { Form } from '@remix-run/react';
import type { ReactNode } from 'react';
import type { RegistrationMessageKey } from '../i18n/registration/en.js';
import { fieldLabel, hasMessage } from '../lib/registration/field-label.js';
import type { RegistrationTranslator } from '../i18n/registration/registration-i18n.js';
import {
  type AskedFormField,
  CONSENT_INPUT,
  errorId,
  type FormValues,
  inputId,
  inputNames,
  listValue,
  NATIVE_NAME_PARTS,
  PASSPORT_PARTS,
  PHOTO_REFERENCE_INPUT,
  singleValue,
} from '../lib/registration/form-model.js';
import { placeProblems, type FormProblem, type PlacedProblem } from '../lib/registration/problems.js';
import type { CategoryView, PrivacyNoticeView, RegistrationFieldView, RegistrationOption } from '../lib/registration/registration-view.js';
import { useRegistrationText } from '../lib/registration/use-registration-text.js';

export interface NamedOption {
  code: string;
  name: string;
}

export interface RegistrationFormProps {
  fields: readonly AskedFormField[];
  category: CategoryView;
  privacyNotice: PrivacyNoticeView;
  values: FormValues;
  problems: readonly FormProblem[];
  /** A fresh key per rendering of the form: the same submission sent twice registers once. */
  idempotencyKey: string;
  /** Countries by code with names in the page language, sorted for it (computed on the server). */
  countries: readonly NamedOption[];
  /** Languages for a language answer that has no options of its own. */
  languages: readonly NamedOption[];
  /** Whether a draft may be saved instead of submitted. */
  allowDraft: boolean;
  submitLabel?: string;
  /** Hidden inputs the page's action needs besides the answers (intent, category). */
  hidden?: Readonly<Record<string, string>>;
}

const AUTOCOMPLETE: Readonly<Record<string, string>> = {
  givenName: 'given-name',
  familyName: 'family-name',
  email: 'email',
  phone: 'tel',
  organization: 'organization',
  position: 'organization-title',
};


const HELP: Readonly<Record<string, RegistrationMessageKey>> = {
  givenName: 'help.latinName',
  familyName: 'help.latinName',
  nativeName: 'help.nativeName',
  phone: 'help.phone',
  photo: 'help.photo',
};

function optionLabel(t: RegistrationTranslator, field: RegistrationFieldView, option: RegistrationOption): string {
  const key = `${field.key}.${option.value}`;
  return hasMessage(key) ? t(key) : option.label;
}

/** Labels of every input name, for the error summary's links. */
function inputLabels(t: RegistrationTranslator, fields: readonly AskedFormField[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const { field } of fields) {
    if (field.input === 'native-name') {
      for (const part of NATIVE_NAME_PARTS) labels.set(`${field.key}.${part}`, `${fieldLabel(t, field)}: ${t(`field.nativeName.${part}`)}`);
    } else {
      labels.set(field.key, fieldLabel(t, field));
    }
  }
  labels.set('visaLetter', t('field.visaLetter'));
  for (const part of PASSPORT_PARTS) labels.set(`passport.${part}`, t(`field.passport.${part}`));
  labels.set(CONSENT_INPUT, t('field.consent'));
  return labels;
}

interface InputFrame {
  name: string;
  label: string;
  required: boolean;
  help?: string;
  errors: readonly string[];
}

/** aria-describedby of an input: its help and its error, when it has them. */
function describedBy(frame: InputFrame): string | undefined {
  const ids = [frame.help ? `${inputId(frame.name)}-help` : null, frame.errors.length ? errorId(frame.name) : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function inputAttributes(frame: InputFrame) {
  return {
    id: inputId(frame.name),
    name: frame.name,
    'aria-invalid': frame.errors.length ? true : undefined,
    'aria-describedby': describedBy(frame),
    'aria-required': frame.required ? true : undefined,
  } as const;
}

function Label({ frame }: { frame: InputFrame }) {
  return (
    <label htmlFor={inputId(frame.name)}>
      {frame.label}
      {frame.required && <RequiredMark />}
    </label>
  );
}

function RequiredMark() {
  const t = useRegistrationText();
  return (
    <abbr className="required-mark" title={t('register.requiredMark')}>
      *
    </abbr>
  );
}

function HelpAndErrors({ frame }: { frame: InputFrame }) {
  return (
    <>
      {frame.help && (
        <p className="field-help" id={`${inputId(frame.name)}-help`}>
          {frame.help}
        </p>
      )}
      {frame.errors.length > 0 && (
        <p className="field-error" id={errorId(frame.name)}>
          {frame.errors.join(' ')}
        </p>
      )}
    </>
  );
}

function FieldRow({ frame, children }: { frame: InputFrame; children: ReactNode }) {
  return (
    <div className={`form-field${frame.errors.length ? ' form-field--invalid' : ''}`}>
      <Label frame={frame} />
      {children}
      <HelpAndErrors frame={frame} />
    </div>
  );
}

function Select({ frame, options, value }: { frame: InputFrame; options: readonly NamedOption[]; value: string }) {
  const t = useRegistrationText();
  return (
    <FieldRow frame={frame}>
      <select {...inputAttributes(frame)} defaultValue={value}>
        <option value="">{t('register.choose')}</option>
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name}
          </option>
        ))}
      </select>
    </FieldRow>
  );
}

export function RegistrationForm(props: RegistrationFormProps) {
  const t = useRegistrationText();
  const { fields, category, privacyNotice, values } = props;
  const names = inputNames(fields, category);
  const placed = placeProblems(t, props.problems, names);
  const errorsOf = (name: string) => placed.filter((problem) => problem.input === name).map((problem) => problem.message);
  const labels = inputLabels(t, fields);
  const frame = (name: string, label: string, required: boolean, help?: string): InputFrame => ({ name, label, required, help, errors: errorsOf(name) });

  const renderField = ({ field, required }: AskedFormField) => {
    const label = fieldLabel(t, field);
    const helpKey = HELP[field.key];
    const help = helpKey ? t(helpKey) : field.key.startsWith('custom.') ? (field.help ?? undefined) : undefined;
    const value = singleValue(values, field.key);
    switch (field.input) {
      case 'native-name': {
        const textFrame = frame(`${field.key}.text`, t('field.nativeName.text'), required);
        const languageFrame = frame(`${field.key}.language`, t('field.nativeName.language'), required);
        return (
          <fieldset key={field.key} className="form-group">
            <legend>
              {label}
              {required && <RequiredMark />}
            </legend>
            {help && <p className="field-help">{help}</p>}
            <FieldRow frame={textFrame}>
              <input type="text" {...inputAttributes(textFrame)} defaultValue={singleValue(values, textFrame.name)} maxLength={field.maxLength ?? undefined} />
            </FieldRow>
            <Select frame={languageFrame} options={props.languages} value={singleValue(values, languageFrame.name)} />
          </fieldset>
        );
      }
      case 'country':
        return <Select key={field.key} frame={frame(field.key, label, required, help)} options={props.countries} value={value} />;
      case 'language': {
        const options = field.options.length ? field.options.map((option) => ({ code: option.value, name: option.label })) : props.languages;
        return <Select key={field.key} frame={frame(field.key, label, required, help)} options={options} value={value} />;
      }
      case 'photo': {
        const photoFrame = frame(field.key, label, required && !singleValue(values, PHOTO_REFERENCE_INPUT), singleValue(values, PHOTO_REFERENCE_INPUT) ? t('help.photoKept') : help);
        return (
          <FieldRow key={field.key} frame={photoFrame}>
            <input type="file" accept="image/jpeg,image/png" {...inputAttributes(photoFrame)} />
            {singleValue(values, PHOTO_REFERENCE_INPUT) && <input type="hidden" name={PHOTO_REFERENCE_INPUT} value={singleValue(values, PHOTO_REFERENCE_INPUT)} />}
          </FieldRow>
        );
      }
      case 'choice': {
        const options = field.options.map((option) => ({ code: option.value, name: optionLabel(t, field, option) }));
        if (!field.multiple) return <Select key={field.key} frame={frame(field.key, label, required, help)} options={options} value={value} />;
        const groupFrame = frame(field.key, label, required, help);
        const chosen = listValue(values, field.key);
        return (
          <fieldset key={field.key} className={`form-group${groupFrame.errors.length ? ' form-field--invalid' : ''}`} aria-describedby={describedBy(groupFrame)} id={inputId(field.key)} tabIndex={-1}>
            <legend>
              {label}
              {required && <RequiredMark />}
            </legend>
            {options.map((option) => (
              <label key={option.code} className="choice">
                <input type="checkbox" name={field.key} value={option.code} defaultChecked={chosen.includes(option.code)} /> {option.name}
              </label>
            ))}
            <HelpAndErrors frame={groupFrame} />
          </fieldset>
        );
      }
      case 'checkbox': {
        const boxFrame = frame(field.key, label, required, help);
        return (
          <div key={field.key} className={`form-field form-field--checkbox${boxFrame.errors.length ? ' form-field--invalid' : ''}`}>
            <input type="checkbox" {...inputAttributes(boxFrame)} defaultChecked={value !== ''} />
            <Label frame={boxFrame} />
            <HelpAndErrors frame={boxFrame} />
          </div>
        );
      }
      case 'textarea': {
        const textFrame = frame(field.key, label, required, help);
        return (
          <FieldRow key={field.key} frame={textFrame}>
            <textarea {...inputAttributes(textFrame)} defaultValue={value} maxLength={field.maxLength ?? undefined} rows={4} />
          </FieldRow>
        );
      }
      case 'date': {
        const dateFrame = frame(field.key, label, required, help);
        return (
          <FieldRow key={field.key} frame={dateFrame}>
            <input type="date" {...inputAttributes(dateFrame)} defaultValue={value} min={field.min ?? undefined} max={field.max ?? undefined} />
          </FieldRow>
        );
      }
      default: {
        const textFrame = frame(field.key, label, required, help);
        const type = field.input === 'email' ? 'email' : field.input === 'phone' ? 'tel' : 'text';
        return (
          <FieldRow key={field.key} frame={textFrame}>
            <input type={type} {...inputAttributes(textFrame)} defaultValue={value} maxLength={field.maxLength ?? undefined} autoComplete={AUTOCOMPLETE[field.key]} />
          </FieldRow>
        );
      }
    }
  };

  const visaRequired = category.visaSupport === 'REQUIRED';
  const takesPassport = visaRequired || category.visaSupport === 'OPTIONAL';
  const visaFrame = frame('visaLetter', t('field.visaLetter'), false);
  const consentFrame = frame(CONSENT_INPUT, t('field.consent'), true);

  return (
    <Form method="post" encType="multipart/form-data" noValidate className="registration-form" aria-describedby={placed.length ? 'form-problems' : undefined}>
      {placed.length > 0 && <ProblemSummary problems={placed} labels={labels} />}
      <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map(renderField)}

      {takesPassport && (
        <fieldset className="form-group">
          <legend>{t('field.passport')}</legend>
          <p className="field-help">{visaRequired ? t('help.visaRequired') : t('help.passport')}</p>
          {!visaRequired && (
            <div className={`form-field form-field--checkbox${visaFrame.errors.length ? ' form-field--invalid' : ''}`}>
              <input type="checkbox" {...inputAttributes(visaFrame)} defaultChecked={singleValue(values, 'visaLetter') !== ''} />
              <Label frame={visaFrame} />
              <HelpAndErrors frame={visaFrame} />
            </div>
          )}
          {PASSPORT_PARTS.map((part) => {
            const name = `passport.${part}`;
            const partFrame = frame(name, t(`field.passport.${part}`), visaRequired);
            if (part === 'nationality') return <Select key={name} frame={partFrame} options={props.countries} value={singleValue(values, name)} />;
            return (
              <FieldRow key={name} frame={partFrame}>
                <input type={part === 'number' ? 'text' : 'date'} {...inputAttributes(partFrame)} defaultValue={singleValue(values, name)} maxLength={part === 'number' ? 20 : undefined} />
              </FieldRow>
            );
          })}
        </fieldset>
      )}

      <section className="privacy-notice" aria-labelledby="privacy-notice-heading">
        <h2 id="privacy-notice-heading">{t('consent.heading', { version: privacyNotice.version })}</h2>
        <div className="privacy-notice__text">
          {privacyNotice.text.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
        <div className={`form-field form-field--checkbox${consentFrame.errors.length ? ' form-field--invalid' : ''}`}>
          <input type="checkbox" {...inputAttributes(consentFrame)} defaultChecked={singleValue(values, CONSENT_INPUT) !== ''} />
          <Label frame={consentFrame} />
          <HelpAndErrors frame={consentFrame} />
        </div>
        <input type="hidden" name="consentNoticeId" value={privacyNotice.id} />
        <input type="hidden" name="consentVersion" value={privacyNotice.version} />
      </section>

      <div className="form-actions">
        <button type="submit" name="intent" value="submit" className="button button--primary">
          {props.submitLabel ?? t('register.submit')}
        </button>
        {props.allowDraft && (
          <button type="submit" name="intent" value="draft" className="button">
            {t('register.saveDraft')}
          </button>
        )}
      </div>
    </Form>
  );
}

/** The problems at the top of the form, each linking to its input (or plain, for the form as a whole). */
function ProblemSummary({ problems, labels }: { problems: readonly PlacedProblem[]; labels: ReadonlyMap<string, string> }) {
  const t = useRegistrationText();
  return (
    <div className="error-summary" id="form-problems" role="alert" tabIndex={-1} aria-labelledby="form-problems-title">
      <h2 id="form-problems-title">{t('register.problems', { count: problems.length })}</h2>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            {problem.input ? (
              <a href={`#${inputId(problem.input)}`}>
                {labels.get(problem.input) ?? problem.input}: {problem.message}
              </a>
            ) : (
              problem.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
