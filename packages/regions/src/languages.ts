// The languages the platform's portals are offered in, and Accept-Language negotiation.
import { z } from 'zod';
import { CatalogueError } from './errors.js';
import { baseLanguage, canonicalLanguageTag, isWellFormedLanguageTag, languageCandidates } from './language-tag.js';
import type { LocalizedText } from './localized-text.js';

export interface Language {
  /** BCP 47 tag. */
  code: string;
  /** The language's name in en, zh-Hans, ru and in the language itself. */
  name: LocalizedText;
  /** ISO 15924 script code. */
  script: string;
  direction: 'ltr' | 'rtl';
}

export const languages: readonly Language[] = [
  { code: 'en', script: 'Latn', direction: 'ltr', name: { en: 'English', 'zh-Hans': '英语', ru: 'английский' } },
  {
    code: 'zh-Hans',
    script: 'Hans',
    direction: 'ltr',
    name: { en: 'Chinese (Simplified)', 'zh-Hans': '简体中文', ru: 'китайский (упрощённое письмо)' },
  },
  { code: 'ru', script: 'Cyrl', direction: 'ltr', name: { en: 'Russian', 'zh-Hans': '俄语', ru: 'русский' } },
  {
    code: 'kk',
    script: 'Cyrl',
    direction: 'ltr',
    name: { en: 'Kazakh', 'zh-Hans': '哈萨克语', ru: 'казахский', kk: 'қазақ тілі' },
  },
  {
    code: 'ky',
    script: 'Cyrl',
    direction: 'ltr',
    name: { en: 'Kyrgyz', 'zh-Hans': '吉尔吉斯语', ru: 'киргизский', ky: 'кыргыз тили' },
  },
  {
    code: 'tg',
    script: 'Cyrl',
    direction: 'ltr',
    name: { en: 'Tajik', 'zh-Hans': '塔吉克语', ru: 'таджикский', tg: 'забони тоҷикӣ' },
  },
  {
    code: 'tk',
    script: 'Latn',
    direction: 'ltr',
    name: { en: 'Turkmen', 'zh-Hans': '土库曼语', ru: 'туркменский', tk: 'türkmen dili' },
  },
  {
    code: 'uz',
    script: 'Latn',
    direction: 'ltr',
    name: { en: 'Uzbek', 'zh-Hans': '乌兹别克语', ru: 'узбекский', uz: 'oʻzbek tili' },
  },
  {
    code: 'ka',
    script: 'Geor',
    direction: 'ltr',
    name: { en: 'Georgian', 'zh-Hans': '格鲁吉亚语', ru: 'грузинский', ka: 'ქართული' },
  },
  {
    code: 'az',
    script: 'Latn',
    direction: 'ltr',
    name: { en: 'Azerbaijani', 'zh-Hans': '阿塞拜疆语', ru: 'азербайджанский', az: 'azərbaycan dili' },
  },
  {
    code: 'hy',
    script: 'Armn',
    direction: 'ltr',
    name: { en: 'Armenian', 'zh-Hans': '亚美尼亚语', ru: 'армянский', hy: 'հայերեն' },
  },
];

export const SUPPORTED_LANGUAGE_CODES: readonly string[] = languages.map((l) => l.code);

/** A well-formed BCP 47 tag (any language, not only the supported ones). */
export const ZLanguageTag = z.string().refine(isWellFormedLanguageTag, {
  error: (issue) => `"${String(issue.input)}" is not a valid BCP 47 language tag (e.g. "en", "zh-Hans", "kk")`,
});

/** A tag of one of the languages in `languages`. */
export const ZSupportedLanguage = z.string().refine(isSupportedLanguage, {
  error: (issue) =>
    `"${String(issue.input)}" is not a supported language; use one of ${SUPPORTED_LANGUAGE_CODES.join(', ')}`,
});

export function isSupportedLanguage(tag: string): boolean {
  return SUPPORTED_LANGUAGE_CODES.includes(tag);
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

interface WeightedTag {
  tag: string;
  q: number;
  order: number;
}

/** Parses an Accept-Language header; malformed entries are skipped, as browsers expect. */
export function parseAcceptLanguage(header: string): string[] {
  const entries: WeightedTag[] = [];
  header.split(',').forEach((part, order) => {
    const [rawTag, ...params] = part.trim().split(';');
    const tag = (rawTag ?? '').trim();
    if (!tag || (tag !== '*' && !isWellFormedLanguageTag(tag))) return;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.trim().split('=');
      if (key?.trim().toLowerCase() === 'q') {
        const parsed = Number(value?.trim());
        q = Number.isFinite(parsed) && parsed >= 0 && parsed <= 1 ? parsed : 0;
      }
    }
    if (q > 0) entries.push({ tag, q, order });
  });
  return entries.sort((a, b) => b.q - a.q || a.order - b.order).map((e) => e.tag);
}

function matchOne(wanted: string, supported: readonly string[]): string | undefined {
  if (wanted === '*') return supported[0];
  const lower = supported.map((s) => canonicalLanguageTag(s).toLowerCase());
  for (const candidate of languageCandidates(wanted)) {
    const index = lower.indexOf(candidate.toLowerCase());
    if (index >= 0) return supported[index];
  }
  // "kk-KZ" is served by "kk", and "zh-Hant" readers are better served by "zh-Hans" than by English.
  const base = baseLanguage(wanted);
  return supported.find((s) => baseLanguage(s) === base);
}

/**
 * Chooses the language to answer in: the visitor's preferences (an Accept-Language header with
 * q-values, or an ordered list) matched against `supported`; the first supported one otherwise.
 */
export function negotiateLanguage(acceptLanguage: string | readonly string[] | null | undefined, supported: readonly string[]): string {
  const first = supported[0];
  if (first === undefined) {
    throw new CatalogueError('NO_SUPPORTED_LANGUAGES', 'negotiateLanguage needs at least one supported language');
  }
  const wanted = typeof acceptLanguage === 'string' ? parseAcceptLanguage(acceptLanguage) : (acceptLanguage ?? []);
  for (const tag of wanted) {
    const match = matchOne(tag, supported);
    if (match) return match;
  }
  return first;
}
