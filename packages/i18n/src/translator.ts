// Formats UI messages with ICU MessageFormat in the request's locale. Every catalogue is complete
// (see locales.ts), so a message is always in the page's language; an unknown locale gets English.
import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import type { MessageKey } from './catalogues/en.catalogue.js';
import { catalogues, DEFAULT_LOCALE, isSupportedLocale, type Locale } from './locales.js';

export type MessageValues = Record<string, PrimitiveType>;

export interface Translator {
  (key: MessageKey, values?: MessageValues): string;
  /** The locale whose catalogue is used. */
  readonly locale: Locale;
}

const formatterCache = new Map<string, IntlMessageFormat>();

function formatter(locale: Locale, key: MessageKey): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${key}`;
  let cached = formatterCache.get(cacheKey);
  if (!cached) {
    cached = new IntlMessageFormat(catalogues[locale][key], locale);
    formatterCache.set(cacheKey, cached);
  }
  return cached;
}

export function createTranslator(locale: string): Translator {
  const active: Locale = isSupportedLocale(locale) ? locale : DEFAULT_LOCALE;
  const t = (key: MessageKey, values?: MessageValues): string => {
    const result = formatter(active, key).format(values);
    return typeof result === 'string' ? result : String(result);
  };
  return Object.assign(t, { locale: active });
}
