// Page helpers bound to the request's language and the CSRF token, from the root loader's data.
import { useRouteLoaderData } from '@remix-run/react';
import { useMemo } from 'react';
import { consoleTranslator, DEFAULT_CONSOLE_LOCALE, type ConsoleLocale, type ConsoleTranslator } from '../i18n/console-i18n.js';

export interface RootData {
  locale: ConsoleLocale;
  csrf: string;
}

export interface ConsoleContext extends RootData {
  t: ConsoleTranslator;
}

export function useConsole(): ConsoleContext {
  const root = useRouteLoaderData('root') as RootData | undefined;
  const locale = root?.locale ?? DEFAULT_CONSOLE_LOCALE;
  const csrf = root?.csrf ?? '';
  return useMemo(() => ({ locale, csrf, t: consoleTranslator(locale) }), [locale, csrf]);
}
