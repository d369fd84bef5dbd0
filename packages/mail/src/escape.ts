// Making a value safe where it lands: HTML-escaped in the html part, and kept from reordering
// the text around it (a name carrying a right-to-left override, say) in both parts.

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML element's content or a quoted attribute value. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] as string);
}

// Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms) and
// the bidirectional marks, embeddings, overrides and isolates.
const BIDI_SENSITIVE = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/;

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * A value for a plain-text line or a subject: wrapped in a Unicode isolate (FSI … PDI) when it
 * could change the direction of the text around it, unchanged otherwise (plain values stay
 * free of invisible characters, so they copy and search as typed).
 */
export function isolateText(value: string): string {
  return BIDI_SENSITIVE.test(value) ? `${FIRST_STRONG_ISOLATE}${value}${POP_DIRECTIONAL_ISOLATE}` : value;
}

/** A value for the html part: escaped, and isolated by <bdi> so its direction stays its own. */
export function isolateHtml(value: string): string {
  return `<bdi>${escapeHtml(value)}</bdi>`;
}
