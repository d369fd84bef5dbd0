// The resolved shape of a theme: everything a portal needs to dress a page, with fonts expanded to
// CSS stacks, the ornament rendered to SVG and the type scale to sizes. resolveTheme produces it
// from a stored theme (theme-schema); the built-in themes are resolved presets.
import type { LocalizedText } from '@caravan/regions';
import type { ThemeColors } from './color-roles.js';
import type { TypeSizes } from './type-scale.js';

export type { ThemeColors } from './color-roles.js';

/** Keys of the themes this package ships; a series stores one of these as its themeKey. */
export const THEME_KEYS = ['default', 'central-asia', 'south-caucasus'] as const;
export type ThemeKey = (typeof THEME_KEYS)[number];

export interface ThemeTypography {
  /** CSS font-family stack for headings. */
  heading: string;
  /** CSS font-family stack for body text. */
  body: string;
  /** Font sizes in px per step of the type scale. */
  sizes: TypeSizes;
}

export interface ThemeOrnament {
  /** A small self-contained SVG tile, meant to repeat as a band or background motif. */
  svg: string;
  /** What the motif depicts, for documentation and alt text. */
  description: string;
}

export interface ThemeImagery {
  /** Alternative text for the decorative header imagery, in English. */
  alt: string;
  /** The same in every language the theme gives. */
  altText: LocalizedText;
}

/** A theme ready to render; `key` is a preset's key or a stored theme's own. */
export interface ResolvedTheme {
  key: string;
  name: string;
  colors: ThemeColors;
  typography: ThemeTypography;
  ornament: ThemeOrnament;
  imagery: ThemeImagery;
}

/** A built-in theme. */
export interface Theme extends ResolvedTheme {
  key: ThemeKey;
}
