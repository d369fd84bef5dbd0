// Resolves a LocalizedText JSON column to one language with @caravan/regions' fallback order.
import { pickText } from '@caravan/regions';

type LocalizedText = Parameters<typeof pickText>[0];

/**
 * A text already resolved to one language: what read models carry in place of the column's
 * language map. A type alias (not the GraphQL class) so that a read model stays assignable to
 * its row type (a resolved text is itself a JSON value), and modules that pass rows through
 * keep compiling while they receive read models.
 */
export type ResolvedText = { text: string; language: string; fallback: boolean };

function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  // A plain loop: this runs for every text of a page, and Object.values would copy each map.
  for (const key in value) {
    if (typeof (value as Record<string, unknown>)[key] !== 'string') return false;
  }
  return true;
}

/** True for a text a read model already resolved (its `fallback` is a boolean, never a text). */
function isResolvedText(value: unknown): value is ResolvedText {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof ResolvedText, unknown>>;
  return typeof candidate.text === 'string' && typeof candidate.language === 'string' && typeof candidate.fallback === 'boolean';
}

/**
 * The text in `lang` (or its fallback); null when the column is empty or not a text map. A text
 * a read model already resolved for this request passes through unchanged.
 */
export function localizeOptional(value: unknown, lang: string): ResolvedText | null {
  if (isResolvedText(value)) return value;
  if (!isLocalizedText(value)) return null;
  return pickText(value, lang);
}

/** Like localizeOptional for required texts: an empty map yields an empty fallback string. */
export function localize(value: unknown, lang: string): ResolvedText {
  return localizeOptional(value, lang) ?? { text: '', language: lang, fallback: true };
}
