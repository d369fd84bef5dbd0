// The UI locales Caravan ships and the catalogue behind each one.
import { az } from './catalogues/az.catalogue.js';
import { en, type PartialCatalogue } from './catalogues/en.catalogue.js';
import { hy } from './catalogues/hy.catalogue.js';
import { ka } from './catalogues/ka.catalogue.js';
import { kk } from './catalogues/kk.catalogue.js';
import { ky } from './catalogues/ky.catalogue.js';
import { ru } from './catalogues/ru.catalogue.js';
import { tg } from './catalogues/tg.catalogue.js';
import { tk } from './catalogues/tk.catalogue.js';
import { uz } from './catalogues/uz.catalogue.js';
import { zhHans } from './catalogues/zh-hans.catalogue.js';

export const SUPPORTED_LOCALES = ['en', 'zh-Hans', 'ru', 'kk', 'ky', 'tg', 'tk', 'uz', 'ka', 'az', 'hy'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in itself, for a language switcher. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  'zh-Hans': '中文',
  ru: 'Русский',
  kk: 'Қазақша',
  ky: 'Кыргызча',
  tg: 'Тоҷикӣ',
  tk: 'Türkmençe',
  uz: 'Oʻzbekcha',
  ka: 'ქართული',
  az: 'Azərbaycanca',
  hy: 'Հայերեն',
};

export const catalogues: Readonly<Record<Locale, PartialCatalogue>> = {
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
  return (SUPPORTED_LOCALES as readonly string[]).includes(value);
}
