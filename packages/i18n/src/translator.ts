// Formats UI messages with ICU MessageFormat; a key missing from a catalogue falls back to English
// so a partly translated language still shows a complete page.
import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { en, type MessageKey } from './catalogues/en.catalogue.js';
import { catalogues, DEFAULT_LOCALE, isSupportedLocale, type Locale } from './locales.js';

export type MessageValues = Record<string, PrimitiveType>;

export interface Translator {
  (key: MessageKey, values?: MessageValues): string;
  /** The locale whose catalogue is used first. */
  readonly locale: Locale;
  /** Whether the locale's own catalogue has the key (false means English is shown). */
  has(key: MessageKey): boolean;
}

const formatterCache = new Map<string, IntlMessageFormat>();

function formatter(locale: Locale, key: MessageKey, message: string): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${key}`;
  let cached = formatterCache.get(cacheKey);
  if (!cached) {
    cached = new IntlMessageFormat(message, locale);
    formatterCache.set(cacheKey, cached);
  }
  return cached;
}

export function createTranslator(locale: string): Translator {
  const active: Locale = isSupportedLocale(locale) ? locale : DEFAULT_LOCALE;
  const catalogue = catalogues[active];
  const t = (key: MessageKey, values?: MessageValues): string => {
    const own = catalogue[key];
    // English plural rules must format English text, so the fallback uses the English locale.
    const [messageLocale, message] = own === undefined ? [DEFAULT_LOCALE, en[key]] : [active, own];
    const result = formatter(messageLocale, key, message).format(values);
    return typeof result === 'string' ? result : String(result);
  };
  return Object.assign(t, { locale: active, has: (key: MessageKey) => catalogue[key] !== undefined });
}
