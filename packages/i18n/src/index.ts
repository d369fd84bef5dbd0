// @caravan/i18n: UI message catalogues (ICU) for the portals and locale negotiation.
export { en, type MessageKey, type Catalogue, type PartialCatalogue } from './catalogues/en.catalogue.js';
export { SUPPORTED_LOCALES, DEFAULT_LOCALE, LOCALE_NAMES, catalogues, isSupportedLocale, type Locale } from './locales.js';
export { negotiateLocale, matchLocale, parseAcceptLanguage, type LocaleSources } from './negotiate-locale.js';
export { createTranslator, type Translator, type MessageValues } from './translator.js';
