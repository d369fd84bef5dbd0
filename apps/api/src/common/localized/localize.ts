// Resolves a LocalizedText to the request's language with @caravan/regions' fallback order. Read
// models call it once per text while mapping a row (see textColumn of @caravan/db/read-models
// for how a jsonb column becomes a LocalizedText); nothing else takes a raw column.
import { pickText, type LocalizedText } from '@caravan/regions';

/** A text resolved to one language: what views carry where the row has a language map. */
export type ResolvedText = { text: string; language: string; fallback: boolean };

/** The text in `lang`, or its fallback; an empty map yields an empty fallback string. */
export function localize(text: LocalizedText, lang: string): ResolvedText {
  return pickText(text, lang) ?? { text: '', language: lang, fallback: true };
}

/** localize for optional texts. */
export function localizeOptional(text: LocalizedText | null | undefined, lang: string): ResolvedText | null {
  return text ? localize(text, lang) : null;
}
