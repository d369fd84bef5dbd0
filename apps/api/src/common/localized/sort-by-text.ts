// Orders views by a text already resolved to the visitor's language, so lists read alphabetically for them.
import type { ResolvedText } from './localize.js';

export function sortByText<T>(views: readonly T[], textOf: (view: T) => ResolvedText, lang: string): T[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  return [...views].sort((a, b) => collator.compare(textOf(a).text, textOf(b).text));
}
