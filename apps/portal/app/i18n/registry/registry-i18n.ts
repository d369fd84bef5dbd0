// The agreements registry, indicators and search pages' own message catalogues, one per UI
// language of the portal, with the translator factory of @caravan/i18n. Every catalogue is
// complete: TypeScript refuses a missing or an extra key, and the catalogue spec checks the
// {arguments} and that no English is left in.
import { createTranslatorFactory, type Locale, type MessageTranslator } from '@caravan/i18n';
import { az } from './az.js';
import { en, type RegistryMessageKey } from './en.js';
import { hy } from './hy.js';
import { ka } from './ka.js';
import { kk } from './kk.js';
import { ky } from './ky.js';
import { ru } from './ru.js';
import { tg } from './tg.js';
import { tk } from './tk.js';
import { uz } from './uz.js';
import { zhHans } from './zh-hans.js';

export type { RegistryMessageKey };
export type RegistryCatalogue = Readonly<Record<RegistryMessageKey, string>>;

export const registryCatalogues: Readonly<Record<Locale, RegistryCatalogue>> = {
  en,
  'zh-Hans': zhHans,
  ru,
  kk,
  ky,
  tg,
  tk,
  uz,
  ka,
  az,
  hy,
};

export type RegistryTranslator = MessageTranslator<RegistryMessageKey, string>;

/** The server's translator: loaders format every message with arguments (plurals, numbers) here. */
export const registryTranslator: (locale: string) => RegistryTranslator = createTranslatorFactory<RegistryMessageKey, Locale>({
  defaultLocale: 'en',
  catalogues: registryCatalogues,
});

/** What a page's loader hands its components: the page language's catalogue alone. */
export interface RegistryMessages {
  registryMessages: { locale: Locale; catalogue: RegistryCatalogue };
}

export function registryMessages(locale: Locale): RegistryMessages {
  return { registryMessages: { locale, catalogue: registryCatalogues[locale] } };
}
