// @caravan/i18n: UI message catalogues (ICU) for the portals and the UI locale of a request.
export { en, type MessageKey, type Catalogue } from './catalogues/en.catalogue.js';
export { SUPPORTED_LOCALES, DEFAULT_LOCALE, catalogues, isSupportedLocale, localeInfo, type Locale } from './locales.js';
export { negotiateLocale, matchLocale, type LocaleSources } from './negotiate-locale.js';
export { createTranslator, type Translator, type MessageValues } from './translator.js';
export {
  createTranslatorFactory,
  catalogueProblems,
  messageArguments,
  type CatalogueSet,
  type CatalogueCheckOptions,
  type MessageArguments,
  type MessageTranslator,
} from './message-translator.js';
