// The catalogue of languages Caravan knows: every language a text, a country or a portal may be
// in, with its name, endonym, script and writing direction, and whether the portals' interface
// is offered in it. @caravan/i18n derives its UI locales from this list.
import { z } from 'zod';
import { CatalogueError } from './errors.js';
import { isWellFormedLanguageTag } from './language-tag.js';
import type { LocalizedText } from './localized-text.js';

export type TextDirection = 'ltr' | 'rtl';

export interface Language {
  /** BCP 47 tag. */
  code: string;
  /** The language's name in en, zh-Hans, ru and in the language itself. */
  name: LocalizedText;
  /** How a language menu labels it for its own readers: "Русский", "中文", "Қазақша". */
  endonym: string;
  /** ISO 15924 script code. */
  script: string;
  direction: TextDirection;
  /** True when the portals' interface (menus, headings, messages) is offered in this language. */
  ui: boolean;
}

const CATALOGUE = [
  {
    code: 'en',
    endonym: 'English',
    script: 'Latn',
    direction: 'ltr',
    ui: true,
    name: { en: 'English', 'zh-Hans': '英语', ru: 'английский' },
  },
  {
    code: 'zh-Hans',
    endonym: '中文',
    script: 'Hans',
    direction: 'ltr',
    ui: true,
    name: { en: 'Chinese (Simplified)', 'zh-Hans': '简体中文', ru: 'китайский (упрощённое письмо)' },
  },
  {
    code: 'ru',
    endonym: 'Русский',
    script: 'Cyrl',
    direction: 'ltr',
    ui: true,
    name: { en: 'Russian', 'zh-Hans': '俄语', ru: 'русский' },
  },
  {
    code: 'kk',
    endonym: 'Қазақша',
    script: 'Cyrl',
    direction: 'ltr',
    ui: true,
    name: { en: 'Kazakh', 'zh-Hans': '哈萨克语', ru: 'казахский', kk: 'қазақ тілі' },
  },
  {
    code: 'ky',
    endonym: 'Кыргызча',
    script: 'Cyrl',
    direction: 'ltr',
    ui: true,
    name: { en: 'Kyrgyz', 'zh-Hans': '吉尔吉斯语', ru: 'киргизский', ky: 'кыргыз тили' },
  },
  {
    code: 'tg',
    endonym: 'Тоҷикӣ',
    script: 'Cyrl',
    direction: 'ltr',
    ui: true,
    name: { en: 'Tajik', 'zh-Hans': '塔吉克语', ru: 'таджикский', tg: 'забони тоҷикӣ' },
  },
  {
    code: 'tk',
    endonym: 'Türkmençe',
    script: 'Latn',
    direction: 'ltr',
    ui: true,
    name: { en: 'Turkmen', 'zh-Hans': '土库曼语', ru: 'туркменский', tk: 'türkmen dili' },
  },
  {
    code: 'uz',
    endonym: 'Oʻzbekcha',
    script: 'Latn',
    direction: 'ltr',
    ui: true,
    name: { en: 'Uzbek', 'zh-Hans': '乌兹别克语', ru: 'узбекский', uz: 'oʻzbek tili' },
  },
  {
    code: 'ka',
    endonym: 'ქართული',
    script: 'Geor',
    direction: 'ltr',
    ui: true,
    name: { en: 'Georgian', 'zh-Hans': '格鲁吉亚语', ru: 'грузинский', ka: 'ქართული' },
  },
  {
    code: 'az',
    endonym: 'Azərbaycanca',
    script: 'Latn',
    direction: 'ltr',
    ui: true,
    name: { en: 'Azerbaijani', 'zh-Hans': '阿塞拜疆语', ru: 'азербайджанский', az: 'azərbaycan dili' },
  },
  {
    code: 'hy',
    endonym: 'Հայերեն',
    script: 'Armn',
    direction: 'ltr',
    ui: true,
    name: { en: 'Armenian', 'zh-Hans': '亚美尼亚语', ru: 'армянский', hy: 'հայերեն' },
  },
] as const satisfies readonly Language[];

type CatalogueEntry = (typeof CATALOGUE)[number];

/** Tag of a catalogued language. */
export type LanguageCode = CatalogueEntry['code'];
/** Tag of a language the portals' interface is offered in. */
export type UiLanguageCode = Extract<CatalogueEntry, { ui: true }>['code'];

export const languages: readonly Language[] = CATALOGUE;

export const SUPPORTED_LANGUAGE_CODES: readonly LanguageCode[] = CATALOGUE.map((l) => l.code);

/** The interface languages, in catalogue order (the order of a language menu). */
export const UI_LANGUAGE_CODES: readonly UiLanguageCode[] = CATALOGUE.filter(
  (l): l is Extract<CatalogueEntry, { ui: true }> => l.ui,
).map((l) => l.code);

/** A well-formed BCP 47 tag (any language, not only the catalogued ones). */
export const ZLanguageTag = z.string().refine(isWellFormedLanguageTag, {
  error: (issue) => `"${String(issue.input)}" is not a valid BCP 47 language tag (e.g. "en", "zh-Hans", "kk")`,
});

/** A tag of one of the languages in `languages`. */
export const ZSupportedLanguage = z.string().refine(isSupportedLanguage, {
  error: (issue) =>
    `"${String(issue.input)}" is not a supported language; use one of ${SUPPORTED_LANGUAGE_CODES.join(', ')}`,
});

export function isSupportedLanguage(tag: string): tag is LanguageCode {
  return (SUPPORTED_LANGUAGE_CODES as readonly string[]).includes(tag);
}

export function isUiLanguage(tag: string): tag is UiLanguageCode {
  return (UI_LANGUAGE_CODES as readonly string[]).includes(tag);
}

export function getLanguage(code: string): Language {
  const found = languages.find((l) => l.code === code);
  if (!found) {
    throw new CatalogueError(
      'UNKNOWN_LANGUAGE',
      `Unknown language "${code}"; supported languages are ${SUPPORTED_LANGUAGE_CODES.join(', ')}`,
    );
  }
  return found;
}

/** The locale's text-info accessor: a method in newer engines, a getter in Node 20. */
interface LocaleWithTextInfo {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
}

/**
 * Writing direction of any tag: the catalogue's record when the language is catalogued, else the
 * runtime's CLDR data (Intl.Locale text info), so a right-to-left text ("ar", "fa", "ug") is
 * marked correctly even before its language is catalogued; "ltr" for a malformed tag.
 */
export function textDirection(tag: string): TextDirection {
  const catalogued = languages.find((l) => l.code === tag);
  if (catalogued) return catalogued.direction;
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & LocaleWithTextInfo;
    const info = typeof locale.getTextInfo === 'function' ? locale.getTextInfo() : locale.textInfo;
    return info?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
