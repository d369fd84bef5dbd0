// A GET form of list filters: labelled selects and inputs side by side, and the button that applies them.
import { Form } from '@remix-run/react';
import type { ReactNode } from 'react';
import { useConsole } from '../lib/use-console.js';
import type { Choice } from './form.js';

export function FilterForm({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useConsole();
  return (
    <Form method="get" className="console-form filters" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('audit.filters')}
      </h2>
      {children}
      <div className="field">
        <button type="submit" className="button">
          {t('audit.apply')}
        </button>
      </div>
    </Form>
  );
}

/** A filter choice; the empty option means "any". */
export function FilterSelect({ id, name, label, value, choices }: { id: string; name: string; label: string; value: string; choices: readonly Choice[] }) {
  const { t } = useConsole();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        <option value="">{t('audit.any')}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterInput({ id, name, label, value, type = 'text' }: { id: string; name: string; label: string; value: string; type?: 'text' | 'date' }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type={type} defaultValue={value} />
    </div>
  );
}
