// Document titles in the page's language: "<page> · Caravan console".
import type { MetaFunction } from '@remix-run/node';
import { consoleTranslator, DEFAULT_CONSOLE_LOCALE, type ConsoleMessageKey } from '../i18n/console-i18n.js';
import type { RootData } from './use-console.js';

export function pageTitle(key: ConsoleMessageKey): MetaFunction {
  return ({ matches }) => {
    const root = matches.find((match) => match.id === 'root')?.data as RootData | undefined;
    const t = consoleTranslator(root?.locale ?? DEFAULT_CONSOLE_LOCALE);
    return [{ title: `${t(key)} · ${t('app.name')}` }];
  };
}
