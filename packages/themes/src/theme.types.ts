// The shape of a region's design tokens: what a portal needs to dress a forum series.

/** Keys of the themes this package ships; a series stores one of these as its themeKey. */
export const THEME_KEYS = ['default', 'central-asia', 'south-caucasus'] as const;
export type ThemeKey = (typeof THEME_KEYS)[number];

export interface ThemeColors {
  /** Brand colour of headers and primary buttons. */
  primary: string;
  /** Text drawn on `primary`. */
  onPrimary: string;
  /** Highlights: rules, badges, the ornament's second colour. */
  accent: string;
  /** Page background. */
  surface: string;
  /** Body text on `surface`. */
  text: string;
  /** Secondary text on `surface` (dates, captions). */
  muted: string;
  /** Hairlines and card borders. */
  border: string;
}

export interface ThemeTypography {
  /** CSS font-family stack for headings. */
  heading: string;
  /** CSS font-family stack for body text. */
  body: string;
}

export interface ThemeOrnament {
  /** A small self-contained SVG tile, meant to repeat as a band or background motif. */
  svg: string;
  /** What the motif depicts, for documentation and alt text. */
  description: string;
}

export interface ThemeImagery {
  /** Alternative text for the decorative header imagery. */
  alt: string;
}

export interface Theme {
  key: ThemeKey;
  name: string;
  colors: ThemeColors;
  typography: ThemeTypography;
  ornament: ThemeOrnament;
  imagery: ThemeImagery;
}
