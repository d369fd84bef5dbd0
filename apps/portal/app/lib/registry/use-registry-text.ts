// The registry pages' messages in the page's language, from the catalogue the page's loader sent
// (registryMessages): the browser receives one language's messages, not all eleven. Messages with
// arguments that Intl formats (plurals, numbers) are formatted by the loaders on the server.
import { createTranslatorFactory } from '@caravan/i18n';
import { useMatches } from '@remix-run/react';
import { useMemo } from 'react';
import { en, type RegistryMessageKey } from '../../i18n/registry/en.js';
import type { RegistryMessages, RegistryTranslator } from '../../i18n/registry/registry-i18n.js';

function isRegistryMessages(value: unknown): value is RegistryMessages {
  return typeof value === 'object' && value !== null && 'registryMessages' in value;
}

export function useRegistryText(): RegistryTranslator {
  const sent = [...useMatches()].reverse().map((match) => match.data).find(isRegistryMessages)?.registryMessages;
  const locale = sent?.locale ?? 'en';
  const catalogue = sent?.catalogue;
  return useMemo(() => createTranslatorFactory<RegistryMessageKey, string>({ defaultLocale: 'en', catalogues: { en, [locale]: catalogue ?? en } })(locale), [locale, catalogue]);
}
