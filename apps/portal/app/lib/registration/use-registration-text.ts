// The registration catalogue's translator in the page's language.
import { useMemo } from 'react';
import { registrationTranslator, type RegistrationTranslator } from '../../i18n/registration/registration-i18n.js';
import { usePortal } from '../use-portal.js';

export function useRegistrationText(): RegistrationTranslator {
  const { locale } = usePortal();
  return useMemo(() => registrationTranslator(locale), [locale]);
}
