// Turns a theme into CSS custom properties, so any stylesheet can follow the theme without a
// framework: `:root { ${themeToCssVariables(theme)} }`.
import type { Theme, ThemeColors } from './theme.types.js';

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The ornament as a `url(...)` value; percent-encoding keeps it valid inside CSS and HTML. */
export function ornamentCssUrl(theme: Theme): string {
  return `url("data:image/svg+xml,${encodeURIComponent(theme.ornament.svg)}")`;
}

/** Declarations such as `--caravan-color-primary: #1D3B8B;`, one per line. */
export function themeToCssVariables(theme: Theme): string {
  const colors = (Object.keys(theme.colors) as (keyof ThemeColors)[]).map(
    (name) => `--caravan-color-${kebab(name)}: ${theme.colors[name]};`,
  );
  return [
    ...colors,
    `--caravan-font-heading: ${theme.typography.heading};`,
    `--caravan-font-body: ${theme.typography.body};`,
    `--caravan-ornament: ${ornamentCssUrl(theme)};`,
    `--caravan-theme: ${theme.key};`,
  ].join('\n');
}
