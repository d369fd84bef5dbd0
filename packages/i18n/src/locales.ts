// The UI locales Caravan ships and the catalogue behind each one. The locales are the languages
// the @caravan/regions catalogue flags as interface languages: a language gets a UI here by
// being flagged there, and TypeScript then asks for its message catalogue below.
import { getLanguage, isUiLanguage, UI_LANGUAGE_CODES, type Language, type UiLanguageCode } from '@caravan/regions/languages';
import { az } from './catalogues/az.catalogue.js';
import { en, type Catalogue } from './catalogues/en.catalogue.js';
import { hy } from './catalogues/hy.catalogue.js';
import { ka } from './catalogues/ka.catalogue.js';
import { kk } from './catalogues/kk.catalogue.js';
import { ky } from './catalogues/ky.catalogue.js';
import { ru } from './catalogues/ru.catalogue.js';
import { tg } from './catalogues/tg.catalogue.js';
import { tk } from './catalogues/tk.catalogue.js';
import { uz } from './catalogues/uz.catalogue.js';
import { zhHans } from './catalogues/zh-hans.catalogue.js';

export type Locale = UiLanguageCode;
export const SUPPORTED_LOCALES: readonly Locale[] = UI_LANGUAGE_CODES;
export const DEFAULT_LOCALE: Locale = 'en';

// Every catalogue is complete (typed Catalogue, checked by catalogues.spec.ts): a visitor never meets
// an English string on a page in their language.
export const catalogues: Readonly<Record<Locale, Catalogue>> = {
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

export function isSupportedLocale(value: string): value is Locale {
  return isUiLanguage(value);
}

/** The catalogue record of a UI locale: endonym for a language menu, script, direction. */
export function localeInfo(locale: Locale): Language {
  return getLanguage(locale);
}
