// Picks the UI locale for a request: an explicit ?lang= wins over the remembered cookie, which wins
// over the browser's Accept-Language; English when nothing matches.

export interface LocaleSources {
  /** Value of the `lang` query parameter. */
  query?: string | null;
  /** Value of the locale cookie. */
  cookie?: string | null;
  /** Raw Accept-Language header, e.g. `ru-RU,ru;q=0.9,en;q=0.5`. */
  acceptLanguage?: string | null;
}

interface ParsedTag {
  language: string;
  script: string | undefined;
}

function parseTag(tag: string): ParsedTag | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim());
    if (!canonical) return null;
    // maximize() infers the script (zh-CN -> Hans, zh-TW -> Hant, uz -> Latn), which lets a
    // regional tag find a script-specific catalogue.
    const locale = new Intl.Locale(canonical).maximize();
    return { language: locale.language, script: locale.script };
  } catch {
    return null;
  }
}

/** The supported locale that best serves one BCP 47 tag, or null. */
export function matchLocale<T extends string>(tag: string, supported: readonly T[]): T | null {
  const wanted = tag.trim().toLowerCase();
  if (!wanted || wanted === '*') return null;
  const exact = supported.find((s) => s.toLowerCase() === wanted);
  if (exact) return exact;
  const parsed = parseTag(tag);
  if (!parsed) return null;
  const sameLanguage = supported.filter((s) => parseTag(s)?.language === parsed.language);
  return sameLanguage.find((s) => parseTag(s)?.script === parsed.script) ?? sameLanguage[0] ?? null;
}

/** Accept-Language entries ordered by preference (q weight, then position). */
export function parseAcceptLanguage(header: string): string[] {
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      const weight = q === undefined ? 1 : Number(q);
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.tag);
}

export function negotiateLocale<T extends string>(sources: LocaleSources, supported: readonly T[]): T | 'en' {
  const candidates = [sources.query, sources.cookie, ...parseAcceptLanguage(sources.acceptLanguage ?? '')];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const match = matchLocale(candidate, supported);
    if (match) return match;
  }
  return supported.find((s) => s === 'en') ?? 'en';
}
