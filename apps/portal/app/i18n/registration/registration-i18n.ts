// The registration pages' own message catalogues, one per UI language of the portal, with the
// translator factory of @caravan/i18n. Every catalogue is complete: TypeScript refuses a missing
// or an extra key, and the catalogue spec checks the {arguments} and the problem codes.
import { createTranslatorFactory, type Locale, type MessageTranslator } from '@caravan/i18n';
import { az } from './az.js';
import { en, type RegistrationMessageKey } from './en.js';
import { hy } from './hy.js';
import { ka } from './ka.js';
import { kk } from './kk.js';
import { ky } from './ky.js';
import { ru } from './ru.js';
import { tg } from './tg.js';
import { tk } from './tk.js';
import { uz } from './uz.js';
import { zhHans } from './zh-hans.js';

export type { RegistrationMessageKey };
export type RegistrationCatalogue = Readonly<Record<RegistrationMessageKey, string>>;

export const registrationCatalogues: Readonly<Record<Locale, RegistrationCatalogue>> = {
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

export type RegistrationTranslator = MessageTranslator<RegistrationMessageKey, string>;

export const registrationTranslator: (locale: string) => RegistrationTranslator = createTranslatorFactory<RegistrationMessageKey, Locale>({
  defaultLocale: 'en',
  catalogues: registrationCatalogues,
});

/** What a registration page's loader hands its components: the page language's catalogue alone. */
export interface RegistrationMessages {
  registrationMessages: { locale: Locale; catalogue: RegistrationCatalogue };
}

export function registrationMessages(locale: Locale): RegistrationMessages {
  return { registrationMessages: { locale, catalogue: registrationCatalogues[locale] } };
}
