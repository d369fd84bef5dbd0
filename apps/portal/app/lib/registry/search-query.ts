// The search page's address (?q=…&kind=person): any text a visitor types or pastes is made safe
// before it reaches the api, which takes 1–200 characters without control characters; an unknown
// kind is an address that does not exist (404).
import type { SearchKind } from '../../generated/graphql.js';
import { enumParam } from './agreement-filters.js';

export const SEARCH_KINDS = ['SESSION', 'PERSON', 'ORGANIZATION', 'AGREEMENT'] as const satisfies readonly SearchKind[];

/** The api's limit on the search text, in characters (code points). */
export const MAX_SEARCH_LENGTH = 200;

export interface SearchQuery {
  /** The text to search, trimmed and cut to the limit; empty when there is nothing to search. */
  text: string;
  /** True when the typed text was longer than the limit and was cut. */
  shortened: boolean;
  kind: SearchKind | null;
}

// Control and format characters that no name contains (C0, C1, bidi overrides, zero-width joiners
// aside from ZWJ/ZWNJ, which some scripts need); each reads as a space.
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** The search of an address, or null when its kind is not one the api knows. */
export function readSearch(params: URLSearchParams): SearchQuery | null {
  const kindParam = params.get('kind') ?? '';
  const kind = kindParam === '' ? null : (SEARCH_KINDS.find((value) => enumParam(value) === kindParam) ?? null);
  if (kindParam !== '' && kind === null) return null;
  const cleaned = (params.get('q') ?? '').normalize('NFC').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  // Cut by code points, never inside a surrogate pair, and trim again after the cut.
  const codePoints = Array.from(cleaned);
  const shortened = codePoints.length > MAX_SEARCH_LENGTH;
  const text = shortened ? codePoints.slice(0, MAX_SEARCH_LENGTH).join('').trim() : cleaned;
  return { text, shortened, kind };
}
