// The console's interface languages and their message catalogues (the console's own namespace,
// apart from the portal's catalogue), with the translator factory of @caravan/i18n.
import { createTranslatorFactory, type MessageTranslator } from '@caravan/i18n';
import { en } from './en.catalogue.js';
import { ru } from './ru.catalogue.js';
import { zhHans } from './zh-hans.catalogue.js';

export type ConsoleMessageKey = keyof typeof en;
/** Every console catalogue is complete: TypeScript refuses a missing or an extra key. */
export type ConsoleCatalogue = Readonly<Record<ConsoleMessageKey, string>>;

export const CONSOLE_LOCALES = ['en', 'zh-Hans', 'ru'] as const;
export type ConsoleLocale = (typeof CONSOLE_LOCALES)[number];
export const DEFAULT_CONSOLE_LOCALE: ConsoleLocale = 'en';

export const consoleCatalogues: Readonly<Record<ConsoleLocale, ConsoleCatalogue>> = { en, 'zh-Hans': zhHans, ru };

export type ConsoleTranslator = MessageTranslator<ConsoleMessageKey, ConsoleLocale>;

export const consoleTranslator = createTranslatorFactory<ConsoleMessageKey, ConsoleLocale>({
  defaultLocale: DEFAULT_CONSOLE_LOCALE,
  catalogues: consoleCatalogues,
});

/** Names of the console's languages in themselves, for the language menu. */
export const LOCALE_NAMES: Readonly<Record<ConsoleLocale, string>> = { en: 'English', 'zh-Hans': '中文', ru: 'Русский' };
