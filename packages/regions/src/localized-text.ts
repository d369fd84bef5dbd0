// LocalizedText: every text a visitor reads, keyed by BCP 47 tag, and the rule that picks one.
import { z } from 'zod';
import { baseLanguage, isWellFormedLanguageTag, languageCandidates } from './language-tag.js';

/** BCP 47 tag -> text, e.g. { en: 'Astana', 'zh-Hans': '阿斯塔纳', ru: 'Астана' }. */
export type LocalizedText = Readonly<Record<string, string>>;

export const DEFAULT_FALLBACK: readonly string[] = ['en', 'ru', 'zh-Hans'];

/**
 * Validates a LocalizedText: keys are well-formed BCP 47 tags, texts are non-empty, and "en"
 * is present because it is the last-resort fallback every visitor can be served.
 */
export const ZLocalizedText = z
  .record(z.string(), z.string().trim().min(1, { error: 'text must not be empty' }))
  .superRefine((text, ctx) => {
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

function findKey(text: LocalizedText, tag: string): string | undefined {
  const wanted = tag.toLowerCase();
  return Object.keys(text).find((key) => key.toLowerCase() === wanted && usable(text[key]));
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
  for (const candidate of languageCandidates(lang)) {
    const key = findKey(text, candidate);
    if (key) return picked(text, key, false);
  }
  const base = baseLanguage(lang);
  const sameLanguage = Object.keys(text).find((key) => baseLanguage(key) === base && usable(text[key]));
  if (sameLanguage) return picked(text, sameLanguage, false);
  for (const tag of fallback) {
    for (const candidate of languageCandidates(tag)) {
      const key = findKey(text, candidate);
      if (key) return picked(text, key, true);
    }
  }
  const firstPresent = Object.keys(text).find((key) => usable(text[key]));
  return firstPresent ? picked(text, firstPresent, true) : null;
}
