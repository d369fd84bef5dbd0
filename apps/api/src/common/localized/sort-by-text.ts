// Orders rows by their name in the visitor's language, so lists read alphabetically for them.
import { localize } from './localize.js';

export function sortByText<T>(rows: readonly T[], textOf: (row: T) => unknown, lang: string): T[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  return [...rows].sort((a, b) => collator.compare(localize(textOf(a), lang).text, localize(textOf(b), lang).text));
}
