// Which language a mail is written in. The recipient's language picks the template; a language
// without its own template for a kind falls back along a chain that ends in English: the
// Central Asian languages through Russian, the region's common second language, the others
// straight to English.
import { DEFAULT_LOCALE, matchLocale, type Locale } from '@caravan/i18n';

/** The next language to try when a language lacks a template; null ends the chain. */
export const MAIL_FALLBACK_PARENT: Readonly<Record<Locale, Locale | null>> = {
  en: null,
  'zh-Hans': 'en',
  ru: 'en',
  kk: 'ru',
  ky: 'ru',
  tg: 'ru',
  tk: 'ru',
  uz: 'ru',
  ka: 'en',
  az: 'en',
  hy: 'en',
};

/**
 * The languages to try for a requested BCP 47 tag, best first: the supported language that
 * serves the tag ("kk-KZ" -> kk, "zh-CN" -> zh-Hans; English for a language Caravan does not
 * offer), then its parents.
 */
export function mailLocaleChain(requested: string): readonly Locale[] {
  const chain: Locale[] = [];
  let next: Locale | null = matchLocale(requested) ?? DEFAULT_LOCALE;
  while (next !== null && !chain.includes(next)) {
    chain.push(next);
    next = MAIL_FALLBACK_PARENT[next];
  }
  if (!chain.includes(DEFAULT_LOCALE)) chain.push(DEFAULT_LOCALE);
  return chain;
}
