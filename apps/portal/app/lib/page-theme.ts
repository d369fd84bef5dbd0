// What a page tells the root layout about itself: which regional theme to wear and which regional
// languages to offer in the switcher. A series' theme is data stored with it: the root loader asks
// the api for the series in the address and wears the CSS variables the api resolved
// (SeriesTheme), so a theme organizers defined renders without a deploy; the built-in preset of
// the page's themeKey is the fallback when the api has no theme to give.
import { matchLocale, type Locale } from '@caravan/i18n';
import { getTheme, themeToCssVariables, type Theme } from '@caravan/themes';
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

/** A series' stored theme as the api resolves it for a page (SeriesTheme). */
export interface SeriesPageTheme {
  key: string;
  cssVariables: string;
  ornamentAlt: string;
}

/** What the layout wears: the declarations for `:root`, and the theme the header reads. */
export interface WornTheme {
  css: string;
  theme: Theme;
}

// Each line a custom property whose value cannot close the <style> element or open a rule; the
// api writes nothing else (themeToCssVariables, with the ornament percent-encoded), and a page
// does not take it on trust.
const DECLARATION = /^--caravan-[a-z0-9-]+: [^<>{}]*;$/;

export function isSafeCssVariables(css: string): boolean {
  const lines = css.split('\n');
  return lines.length > 0 && lines.every((line) => DECLARATION.test(line));
}

/**
 * The stored theme when the api gave a safe one, else the preset of `themeKey` (the neutral
 * default for none). The header reads a theme's key and ornament text only, so a stored theme
 * lends those to the preset's shape.
 */
export function wornTheme(stored: SeriesPageTheme | null | undefined, themeKey: string | undefined): WornTheme {
  const preset = getTheme(themeKey);
  if (!stored || !isSafeCssVariables(stored.cssVariables)) return { css: themeToCssVariables(preset), theme: preset };
  const theme = { ...preset, key: stored.key, imagery: { ...preset.imagery, alt: stored.ornamentAlt } } as Theme;
  return { css: stored.cssVariables, theme };
}
