// The colour roles of a theme, the CSS variable each becomes, and what each is drawn on in the
// portal's stylesheet. One table feeds both themeToCssVariables and the contrast checks, so the
// variables a page reads and the pairs that are checked cannot drift apart.
import { mixHexColors } from './contrast.js';

export const COLOR_ROLES = ['primary', 'onPrimary', 'accent', 'surface', 'text', 'muted', 'border', 'focus'] as const;

export type ColorRole = (typeof COLOR_ROLES)[number];

/** #RRGGBB per role. */
export type ThemeColors = { [Role in ColorRole]: string };

/** WCAG 2.x AA minimum per use: 1.4.3 for text, 1.4.11 for focus rings and other UI. */
export const CONTRAST_MINIMUMS = { text: 4.5, 'large-text': 3, ui: 3 } as const;

export type ContrastUse = keyof typeof CONTRAST_MINIMUMS;

/** Colours the theme computes from its roles, with the CSS expression they stand for. */
export const DERIVED_COLORS = {
  accentTint: {
    description: 'Background of notices: the accent mixed 12% into the surface',
    derive: (colors: ThemeColors) => mixHexColors(colors.accent, colors.surface, 0.12),
  },
} as const;

export type DerivedColor = keyof typeof DERIVED_COLORS;

export type ColorName = ColorRole | DerivedColor;

export interface DrawnOn {
  background: ColorName;
  use: ContrastUse;
  /** Where the portal draws the pair, for error messages and docs. */
  where: string;
}

export interface ColorRoleSpec {
  description: string;
  /** The backgrounds this role is drawn on as a foreground; empty for backgrounds and decoration. */
  drawnOn: readonly DrawnOn[];
}

export const COLOR_ROLE_TABLE: { readonly [Role in ColorRole]: ColorRoleSpec } = {
  primary: {
    description: 'Brand colour: header and programme-day bands, headings, links, status badges',
    drawnOn: [
      { background: 'surface', use: 'text', where: 'headings, links and badges on the page' },
      { background: 'accentTint', use: 'text', where: 'links inside notices' },
    ],
  },
  onPrimary: {
    description: 'Text, links and focus rings drawn on primary',
    drawnOn: [{ background: 'primary', use: 'text', where: 'the header and programme-day bands' }],
  },
  accent: {
    description: 'Decoration: heading rules, notice borders, the ornament band edge',
    drawnOn: [],
  },
  surface: { description: 'Page and card background', drawnOn: [] },
  text: {
    description: 'Body text',
    drawnOn: [
      { background: 'surface', use: 'text', where: 'body text' },
      { background: 'accentTint', use: 'text', where: 'notices' },
    ],
  },
  muted: {
    description: 'Secondary text: dates, captions, the footer',
    drawnOn: [{ background: 'surface', use: 'text', where: 'dates, captions and the footer' }],
  },
  border: { description: 'Hairlines and card borders (decoration; cards are told apart by their content)', drawnOn: [] },
  focus: {
    description: 'Focus ring around links and controls on the page (on primary the ring is onPrimary)',
    drawnOn: [{ background: 'surface', use: 'ui', where: 'the focus ring on the page' }],
  },
};

export interface ContrastPair extends DrawnOn {
  foreground: ColorRole;
}

/** Every foreground/background pair the portal draws, read off COLOR_ROLE_TABLE. */
export const CONTRAST_PAIRS: readonly ContrastPair[] = COLOR_ROLES.flatMap((foreground) =>
  COLOR_ROLE_TABLE[foreground].drawnOn.map((drawn) => ({ foreground, ...drawn })),
);

/** The colour of any role or derived colour. */
export function colorOf(colors: ThemeColors, name: ColorName): string {
  return name in DERIVED_COLORS ? DERIVED_COLORS[name as DerivedColor].derive(colors) : colors[name as ColorRole];
}

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `--caravan-color-on-primary` for `onPrimary`. */
export function colorVariableName(name: ColorName): string {
  return `--caravan-color-${kebab(name)}`;
}

/** Every colour a theme puts into CSS: the roles in table order, then the derived colours. */
export function colorVariables(colors: ThemeColors): [name: string, value: string][] {
  const names: ColorName[] = [...COLOR_ROLES, ...(Object.keys(DERIVED_COLORS) as DerivedColor[])];
  return names.map((name) => [colorVariableName(name), colorOf(colors, name)]);
}
