// Picks the UI locale for a request: an explicit ?lang= wins over the remembered cookie, which
// wins over the browser's Accept-Language; English when nothing matches. Parsing and matching
// are @caravan/regions' language negotiation; this module only orders the sources.
import { matchLanguage, negotiateLanguage, parseAcceptLanguage } from '@caravan/regions/language-negotiation';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES, type Locale } from './locales.js';

export interface LocaleSources {
  /** Value of the `lang` query parameter. */
  query?: string | null;
  /** Value of the locale cookie. */
  cookie?: string | null;
  /** Raw Accept-Language header, e.g. `ru-RU,ru;q=0.9,en;q=0.5`. */
  acceptLanguage?: string | null;
}

/** The UI locale that serves one BCP 47 tag ("zh-CN" → "zh-Hans"), or null. */
export function matchLocale(tag: string): Locale | null {
  return matchLanguage(tag, SUPPORTED_LOCALES);
}

export function negotiateLocale(sources: LocaleSources): Locale {
  const preferences = [sources.query, sources.cookie, ...parseAcceptLanguage(sources.acceptLanguage)];
  return negotiateLanguage(preferences, SUPPORTED_LOCALES, { defaultLanguage: DEFAULT_LOCALE });
}
