// Translators over any set of ICU message catalogues: an app that keeps its own messages (the
// organizer console, say) declares its keys and locales and gets the same formatting, English
// fallback and checks as the portal's catalogue. `catalogueProblems` is what a catalogue test
// asserts: keys missing or extra against the reference, messages that do not parse, and
// {arguments} that differ from the reference text.
import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';

export type MessageArguments = Record<string, PrimitiveType>;

export interface MessageTranslator<TKey extends string, TLocale extends string> {
  (key: TKey, values?: MessageArguments): string;
  /** The locale whose catalogue is used first. */
  readonly locale: TLocale;
}

export interface CatalogueSet<TKey extends string, TLocale extends string> {
  /** The complete catalogue every other one is checked against and falls back to. */
  readonly defaultLocale: TLocale;
  readonly catalogues: Readonly<Record<TLocale, Readonly<Partial<Record<TKey, string>>>>>;
}

/** A factory of translators for one catalogue set; unknown locales get the default one. */
export function createTranslatorFactory<TKey extends string, TLocale extends string>(
  set: CatalogueSet<TKey, TLocale>,
): (locale: string) => MessageTranslator<TKey, TLocale> {
  const cache = new Map<string, IntlMessageFormat>();
  const { catalogues } = set;
  const isKnown = (locale: string): locale is TLocale => Object.prototype.hasOwnProperty.call(catalogues, locale);
  const reference = catalogues[set.defaultLocale];
  return (requested: string) => {
    const locale: TLocale = isKnown(requested) ? requested : set.defaultLocale;
    const catalogue = catalogues[locale];
    const t = (key: TKey, values?: MessageArguments): string => {
      const own = catalogue[key];
      // The fallback text is formatted with its own language's plural rules.
      const [messageLocale, message] = own === undefined ? [set.defaultLocale, reference[key]] : [locale, own];
      if (message === undefined) throw new Error(`I18N_MISSING_MESSAGE: "${key}" is in no catalogue of this set`);
      const cacheKey = `${messageLocale}\u0000${key}`;
      let formatter = cache.get(cacheKey);
      if (!formatter) {
        formatter = new IntlMessageFormat(message, messageLocale);
        cache.set(cacheKey, formatter);
      }
      const result = formatter.format(values);
      return typeof result === 'string' ? result : String(result);
    };
    return Object.assign(t, { locale });
  };
}

/** Names of the {arguments} an ICU message uses, plural and select branches included. */
export function messageArguments(message: string, locale: string): Set<string> {
  return collectArguments(new IntlMessageFormat(message, locale).getAst(), new Set<string>());
}

function collectArguments(node: unknown, names: Set<string>): Set<string> {
  if (Array.isArray(node)) {
    for (const child of node) collectArguments(child, names);
  } else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    // Type 0 is literal text; every other element with a string value names an argument.
    if (typeof record['value'] === 'string' && typeof record['type'] === 'number' && record['type'] !== 0) names.add(record['value']);
    if (record['options'] && typeof record['options'] === 'object') {
      for (const option of Object.values(record['options'] as Record<string, { value: unknown }>)) collectArguments(option.value, names);
    }
  }
  return names;
}

export interface CatalogueCheckOptions {
  /** True when every reference key must be present (a complete translation). */
  complete: boolean;
}

/** What is wrong with `catalogue` against `reference`, one readable line per problem; empty when nothing. */
export function catalogueProblems(
  reference: Readonly<Record<string, string>>,
  referenceLocale: string,
  catalogue: Readonly<Record<string, string | undefined>>,
  locale: string,
  options: CatalogueCheckOptions,
): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(catalogue)) {
    if (!(key in reference)) problems.push(`${locale}: extra key "${key}" (not in ${referenceLocale})`);
  }
  if (options.complete) {
    for (const key of Object.keys(reference)) {
      if (catalogue[key] === undefined) problems.push(`${locale}: missing key "${key}"`);
    }
  }
  for (const [key, message] of Object.entries(catalogue)) {
    const referenceMessage = reference[key];
    if (message === undefined || referenceMessage === undefined) continue;
    let own: string[];
    try {
      own = [...messageArguments(message, locale)].sort();
    } catch (error) {
      problems.push(`${locale}: "${key}" is not valid ICU MessageFormat (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const expected = [...messageArguments(referenceMessage, referenceLocale)].sort();
    if (own.join(',') !== expected.join(',')) {
      problems.push(`${locale}: "${key}" uses {${own.join(', ')}} where ${referenceLocale} uses {${expected.join(', ')}}`);
    }
  }
  return problems;
}
