// BCP 47 tag helpers built on the runtime's ICU (Intl), so we do not ship our own tag parser.

/** True when `tag` is a well-formed BCP 47 language tag. */
export function isWellFormedLanguageTag(tag: string): boolean {
  if (tag.trim() !== tag || tag.length === 0) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** Canonical casing of a tag ("zh-hans-cn" -> "zh-Hans-CN"); the input itself when malformed. */
export function canonicalLanguageTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag;
  }
}

/** The primary language subtag: "zh" for "zh-Hans-CN". */
export function baseLanguage(tag: string): string {
  return (tag.split('-')[0] ?? tag).toLowerCase();
}

/**
 * Tags to try for a requested tag, most specific first: the tag, its truncations, then the
 * likely script form from ICU's likely-subtags data, then the bare language, so "zh" reaches "zh-Hans" and "zh-TW"
 * reaches "zh-Hant" rather than the other script.
 */
export function languageCandidates(tag: string): string[] {
  const out: string[] = [];
  const push = (t: string): void => {
    if (t && !out.some((o) => o.toLowerCase() === t.toLowerCase())) out.push(t);
  };
  const canonical = canonicalLanguageTag(tag);
  const parts = canonical.split('-');
  push(canonical);
  for (let i = parts.length; i >= 2; i--) push(parts.slice(0, i).join('-'));
  try {
    const locale = new Intl.Locale(canonical).maximize();
    if (locale.script) push(`${locale.language}-${locale.script}`);
  } catch {
    // A malformed tag has no likely subtags; the truncations are all we can offer.
  }
  push(parts[0] ?? canonical);
  return out;
}
