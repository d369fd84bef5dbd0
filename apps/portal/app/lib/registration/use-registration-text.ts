// The registration messages in the page's language, from the catalogue the page's loader sent
// (registrationMessages): the browser receives one language's messages, not all eleven.
import { createTranslatorFactory } from '@caravan/i18n';
import { useMatches } from '@remix-run/react';
import { useMemo } from 'react';
import { en, type RegistrationMessageKey } from '../../i18n/registration/en.js';
import type { RegistrationMessages, RegistrationTranslator } from '../../i18n/registration/registration-i18n.js';

function isRegistrationMessages(value: unknown): value is RegistrationMessages {
  return typeof value === 'object' && value !== null && 'registrationMessages' in value;
}

export function useRegistrationText(): RegistrationTranslator {
  const sent = [...useMatches()].reverse().map((match) => match.data).find(isRegistrationMessages)?.registrationMessages;
  const locale = sent?.locale ?? 'en';
  const catalogue = sent?.catalogue;
  return useMemo(() => createTranslatorFactory<RegistrationMessageKey, string>({ defaultLocale: 'en', catalogues: { en, [locale]: catalogue ?? en } })(locale), [locale, catalogue]);
}
