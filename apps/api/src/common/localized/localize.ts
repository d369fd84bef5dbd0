// Resolves a LocalizedText JSON column to one language with @caravan/regions' fallback order.
import { pickText } from '@caravan/regions';
import type { LocalizedString } from './localized-string.model.js';

type LocalizedText = Parameters<typeof pickText>[0];

function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  // A plain loop: this runs for every text of a page, and Object.values would copy each map.
  for (const key in value) {
    if (typeof (value as Record<string, unknown>)[key] !== 'string') return false;
  }
  return true;
}

/** The text in `lang` (or its fallback); null when the column is empty or not a text map. */
export function localizeOptional(value: unknown, lang: string): LocalizedString | null {
  if (!isLocalizedText(value)) return null;
  return pickText(value, lang);
}

/** Like localizeOptional for required texts: an empty map yields an empty fallback string. */
export function localize(value: unknown, lang: string): LocalizedString {
  return localizeOptional(value, lang) ?? { text: '', language: lang, fallback: true };
}
