// LocalizedText: every text a visitor reads, keyed by BCP 47 tag, and the rule that picks one.
import { z } from 'zod';
import { baseLanguage, isWellFormedLanguageTag, languageCandidates } from './language-tag.js';

/** BCP 47 tag -> text, e.g. { en: 'Astana', 'zh-Hans': '阿斯塔纳', ru: 'Астана' }. */
export type LocalizedText = Readonly<Record<string, string>>;

export const DEFAULT_FALLBACK: readonly string[] = ['en', 'ru', 'zh-Hans'];

/** Longest text in one language: a long session description, with room to spare. */
export const MAX_TEXT_LENGTH = 10_000;
/** Most languages one text may carry: the catalogue's languages, with room to spare. */
export const MAX_TEXT_LANGUAGES = 40;

/**
 * Characters no text may hold: C0 and C1 controls other than tab, line feed and carriage return,
 * the noncharacters U+FFFE / U+FFFF, and unpaired surrogate halves. XML 1.0 cannot carry most of them (schedule.xml would
 * break), and none of them is text a person reads.
 */
// eslint-disable-next-line no-control-regex -- the class names exactly the control characters refused
const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|\p{Cs}/u;

/** A plain text a person typed: no control characters, no unpaired surrogate halves. */
export function isPlainText(value: string): boolean {
  // With the u flag a surrogate pair is one code point, so \p{Cs} matches only a lone half.
  return !FORBIDDEN_CHARACTER.test(value);
}

const ZText = z
  .string()
  .trim()
  .min(1, { error: 'text must not be empty' })
  .max(MAX_TEXT_LENGTH, { error: `a text is at most ${MAX_TEXT_LENGTH} characters` })
  .refine(isPlainText, { error: 'text must not contain control characters (other than tab and line breaks)' });

/**
 * Validates a LocalizedText: keys are well-formed BCP 47 tags, texts are non-empty plain text of
 * bounded length, at most MAX_TEXT_LANGUAGES of them, and "en" is present because it is the
 * last-resort fallback every visitor can be served.
 */
export const ZLocalizedText = z
  .record(z.string().max(35, { error: 'a language tag is at most 35 characters' }), ZText)
  .superRefine((text, ctx) => {
    if (Object.keys(text).length > MAX_TEXT_LANGUAGES) {
      ctx.addIssue({ code: 'custom', path: [], message: `a text carries at most ${MAX_TEXT_LANGUAGES} languages` });
      return;
    }
    for (const key of Object.keys(text)) {
      if (!isWellFormedLanguageTag(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `"${key}" is not a valid BCP 47 language tag (e.g. "en", "zh-Hans", "kk")`,
        });
      }
    }
    if (typeof text['en'] !== 'string') {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'an English ("en") text is required: it is the fallback for every visitor',
      });
    }
  });

export interface PickedText {
  text: string;
  /** The key of the text that was picked. */
  language: string;
  /** True when the text is not in the requested language (nor a variant of it). */
  fallback: boolean;
}

/**
 * Lower-cased candidate tags per requested tag. Working them out asks ICU to canonicalize and
 * maximize the tag, which costs far more than the lookup itself, and a page picks thousands of
 * texts in the same few languages. Bounded, oldest entry out first, because tags come from
 * visitors.
 */
const MAX_CACHED_TAGS = 256;
const candidatesByTag = new Map<string, readonly string[]>();

function cachedCandidates(tag: string): readonly string[] {
  let candidates = candidatesByTag.get(tag);
  if (candidates === undefined) {
    candidates = languageCandidates(tag).map((candidate) => candidate.toLowerCase());
    if (candidatesByTag.size >= MAX_CACHED_TAGS) {
      const oldest = candidatesByTag.keys().next().value;
      if (oldest !== undefined) candidatesByTag.delete(oldest);
    }
    candidatesByTag.set(tag, candidates);
  }
  return candidates;
}

/** The candidates of a whole fallback chain, in order; chains are few and long-lived constants. */
const candidatesByChain = new WeakMap<readonly string[], readonly string[]>();

function chainCandidates(chain: readonly string[]): readonly string[] {
  let candidates = candidatesByChain.get(chain);
  if (candidates === undefined) {
    candidates = chain.flatMap((tag) => cachedCandidates(tag));
    candidatesByChain.set(chain, candidates);
  }
  return candidates;
}

/**
 * Lower-cased form of a text map's key. Keys are a few dozen tags shared by every row, so a
 * bounded cache spares lower-casing each key of each text for each candidate.
 */
const lowerKeys = new Map<string, string>();

function lowerKey(key: string): string {
  let lower = lowerKeys.get(key);
  if (lower === undefined) {
    lower = key.toLowerCase();
    if (lowerKeys.size >= MAX_CACHED_TAGS) lowerKeys.clear();
    lowerKeys.set(key, lower);
  }
  return lower;
}

/** Primary language subtag of a text map's key, cached like lowerKey. */
const keyBases = new Map<string, string>();

function keyBase(key: string): string {
  let base = keyBases.get(key);
  if (base === undefined) {
    base = baseLanguage(key);
    if (keyBases.size >= MAX_CACHED_TAGS) keyBases.clear();
    keyBases.set(key, base);
  }
  return base;
}

function findKey(text: LocalizedText, wanted: string): string | undefined {
  for (const key in text) {
    if (lowerKey(key) === wanted && usable(text[key])) return key;
  }
  return undefined;
}

function firstKey(text: LocalizedText, candidates: readonly string[]): string | undefined {
  for (const candidate of candidates) {
    const key = findKey(text, candidate);
    if (key !== undefined) return key;
  }
  return undefined;
}

function usable(value: string | undefined): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function picked(text: LocalizedText, key: string, fallback: boolean): PickedText {
  return { text: text[key] as string, language: key, fallback };
}

/**
 * Picks the best text for `lang`: the exact tag, then the same language in another form
 * ("zh-Hans" for "zh-Hans-CN", "zh-Hans" for "zh"), then the fallback chain, then whatever
 * language is present. Returns null only when there is no non-empty text at all.
 */
export function pickText(
  text: LocalizedText | null | undefined,
  lang: string,
  fallback: readonly string[] = DEFAULT_FALLBACK,
): PickedText | null {
  if (!text) return null;
  const own = firstKey(text, cachedCandidates(lang));
  if (own !== undefined) return picked(text, own, false);
  const base = keyBase(lang);
  for (const key in text) {
    if (keyBase(key) === base && usable(text[key])) return picked(text, key, false);
  }
  const chained = firstKey(text, chainCandidates(fallback));
  if (chained !== undefined) return picked(text, chained, true);
  for (const key in text) {
    if (usable(text[key])) return picked(text, key, true);
  }
  return null;
}
