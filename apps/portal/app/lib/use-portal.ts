// Page helpers bound to the request's locale: the translator, localized links and the locale itself.
import { createTranslator, DEFAULT_LOCALE, type Translator } from '@caravan/i18n';
import { useRouteLoaderData } from '@remix-run/react';
import { useMemo } from 'react';
import { localizedHref } from './href.js';
import type { RootData } from './root-data.js';

export interface Portal extends RootData {
  t: Translator;
  href(path: string): string;
}

export function usePortal(): Portal {
  const root = useRouteLoaderData('root') as RootData | undefined;
  const locale = root?.locale ?? DEFAULT_LOCALE;
  const langParam = root?.langParam ?? null;
  return useMemo(
    () => ({ locale, langParam, t: createTranslator(locale), href: (path: string) => localizedHref(path, langParam) }),
    [locale, langParam],
  );
}
