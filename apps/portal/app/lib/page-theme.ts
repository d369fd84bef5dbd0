// What a page tells the root layout about itself: which regional theme to wear and which regional
// languages to offer in the switcher.
import { isSupportedLocale, type Locale } from '@caravan/i18n';

export interface PageTheme {
  themeKey: string;
  regionLocales: Locale[];
}

/** The supported UI locales among the official languages of a series' countries. */
export function regionLocales(countries: ReadonlyArray<{ languages: readonly string[] }>): Locale[] {
  const seen = new Set<Locale>();
  for (const country of countries) {
    for (const language of country.languages) {
      const base = language.split('-')[0] ?? language;
      if (isSupportedLocale(base) && base !== 'en' && base !== 'ru') seen.add(base);
    }
  }
  return [...seen];
}

export function isPageTheme(value: unknown): value is { pageTheme: PageTheme } {
  if (typeof value !== 'object' || value === null || !('pageTheme' in value)) return false;
  const theme = (value as { pageTheme: unknown }).pageTheme;
  return typeof theme === 'object' && theme !== null && typeof (theme as { themeKey?: unknown }).themeKey === 'string';
}
