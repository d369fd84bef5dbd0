// A saved application's answers as label–value rows, in the form's order: countries and
// languages by name, choices by their labels, boxes as yes or no. The photo is not repeated.
import type { RegistrationTranslator } from '../../i18n/registration/registration-i18n.js';
import type { AskedFormField } from './form-model.js';
import { fieldLabel } from './field-label.js';

export interface AnswerRow {
  key: string;
  label: string;
  value: string;
}

interface Names {
  countries: ReadonlyMap<string, string>;
  languages: ReadonlyMap<string, string>;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

export function answerRows(t: RegistrationTranslator, fields: readonly AskedFormField[], answers: Readonly<Record<string, unknown>>, names: Names): AnswerRow[] {
  const custom = (answers['custom'] ?? {}) as Record<string, unknown>;
  const rows: AnswerRow[] = [];
  for (const { field } of fields) {
    if (field.input === 'photo') continue;
    const raw = field.key.startsWith('custom.') ? custom[field.key.slice('custom.'.length)] : answers[field.key];
    let value: string;
    switch (field.input) {
      case 'country':
        value = names.countries.get(text(raw)) ?? text(raw);
        break;
      case 'language':
        value = names.languages.get(text(raw)) ?? text(raw);
        break;
      case 'native-name': {
        const name = (raw ?? {}) as Record<string, unknown>;
        value = text(name['text']) && `${text(name['text'])} (${names.languages.get(text(name['language'])) ?? text(name['language'])})`;
        break;
      }
      case 'checkbox':
        value = raw === true ? t('application.yes') : t('application.no');
        break;
      case 'choice': {
        const chosen = (Array.isArray(raw) ? raw : [raw]).map(text).filter(Boolean);
        value = chosen.map((choice) => field.options.find((option) => option.value === choice)?.label ?? choice).join(', ');
        break;
      }
      default:
        value = text(raw);
    }
    if (value) rows.push({ key: field.key, label: fieldLabel(t, field), value });
  }
  return rows;
}
