// The label of a form field: the catalogue's for a standard field, the organizers' for a custom one.
import { en, type RegistrationMessageKey } from '../../i18n/registration/en.js';
import type { RegistrationTranslator } from '../../i18n/registration/registration-i18n.js';
import type { RegistrationFieldView } from './registration-view.js';

export function hasMessage(key: string): key is RegistrationMessageKey {
  return Object.hasOwn(en, key);
}

export function fieldLabel(t: RegistrationTranslator, field: Pick<RegistrationFieldView, 'key' | 'label'>): string {
  const key = `field.${field.key}`;
  if (!field.key.startsWith('custom.') && hasMessage(key)) return t(key);
  return field.label ?? field.key;
}
