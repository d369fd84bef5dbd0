// What a page tells the root layout about itself: which regional theme to wear and which regional
// languages to offer in the switcher.
import { matchLocale, type Locale } from '@caravan/i18n';
import { SHARED_PORTAL_LANGUAGES } from '@caravan/regions/regions';

export interface PageTheme {
  themeKey: string;
  regionLocales: Locale[];
}

const SHARED: readonly string[] = SHARED_PORTAL_LANGUAGES;

/** The UI locales serving the official languages of a series' countries, less the shared ones. */
export function regionLocales(countries: ReadonlyArray<{ languages: readonly string[] }>): Locale[] {
  const seen = new Set<Locale>();
  for (const country of countries) {
    for (const language of country.languages) {
      const locale = matchLocale(language);
      if (locale && !SHARED.includes(locale)) seen.add(locale);
    }
  }
  return [...seen];
}

export function isPageTheme(value: unknown): value is { pageTheme: PageTheme } {
  if (typeof value !== 'object' || value === null || !('pageTheme' in value)) return false;
  const theme = (value as { pageTheme: unknown }).pageTheme;
  return typeof theme === 'object' && theme !== null && typeof (theme as { themeKey?: unknown }).themeKey === 'string';
}
