// Language negotiation, the one implementation for every Caravan process: RFC 9110
// Accept-Language parsing (negotiator, the jshttp parser) and BCP 47 matching by CLDR's
// language-matching data (@formatjs/intl-localematcher, a port of ICU's LocaleMatcher).
import { match } from '@formatjs/intl-localematcher';
import Negotiator from 'negotiator';
import { CatalogueError } from './errors.js';
import { isWellFormedLanguageTag } from './language-tag.js';

/** Sentinel default for the matcher: "und" is never a supported language, so it means no match. */
const NO_MATCH = 'und';

/**
 * The tags of an Accept-Language header in order of preference: by q-value, header order among
 * equal weights; `q=0` entries, the wildcard and malformed tags are dropped.
 */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return new Negotiator({ headers: { 'accept-language': header } })
    .languages()
    .filter((tag) => tag !== '*' && isWellFormedLanguageTag(tag));
}

/**
 * The supported language that best serves one wanted tag, or null. Exact tags and regional
 * variants match ("kk-KZ" → "kk", "zh-CN" and "zh" → "zh-Hans"); a script that readers cannot
 * be assumed to read does not ("zh-TW" finds no "zh-Hans", "uz-Cyrl" prefers "ru" to "uz").
 */
export function matchLanguage<T extends string>(wanted: string, supported: readonly T[]): T | null {
  if (supported.length === 0 || !isWellFormedLanguageTag(wanted)) return null;
  const found = match([wanted], supported as readonly string[] as string[], NO_MATCH, { algorithm: 'best fit' });
  return (supported as readonly string[]).includes(found) ? (found as T) : null;
}

export interface NegotiateOptions<T extends string> {
  /** What to answer when no preference matches; the first supported language by default. */
  defaultLanguage?: T;
}

/**
 * Chooses the language to answer in. `preferences` is an Accept-Language header, or an ordered
 * list of tags (e.g. ?lang=, then a cookie, then the header's tags), blanks skipped: the first
 * preference that matches a supported language wins, so an explicit choice is never outvoted by
 * a closer match further down the list. With no match, `defaultLanguage` (or the first supported).
 */
export function negotiateLanguage<T extends string>(
  preferences: string | ReadonlyArray<string | null | undefined> | null | undefined,
  supported: readonly T[],
  options: NegotiateOptions<T> = {},
): T {
  const fallback = options.defaultLanguage ?? supported[0];
  if (fallback === undefined) {
    throw new CatalogueError('NO_SUPPORTED_LANGUAGES', 'negotiateLanguage needs at least one supported language');
  }
  const wanted = typeof preferences === 'string' ? parseAcceptLanguage(preferences) : (preferences ?? []);
  for (const tag of wanted) {
    if (!tag) continue;
    const found = matchLanguage(tag, supported);
    if (found !== null) return found;
  }
  return fallback;
}
