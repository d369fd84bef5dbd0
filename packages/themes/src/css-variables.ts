// Turns a theme into CSS custom properties, so one stylesheet follows any theme, built-in or
// stored: `:root { ${themeToCssVariables(theme)} }`. Colours come from the role table that the
// contrast checks read too.
import { COLOR_ROLES, colorVariables } from './color-roles.js';
import { FONT_STACKS } from './font-stacks.js';
import { resolveThemeData } from './resolve-theme.js';
import { InvalidThemeError, type FieldProblem } from './theme-problems.js';
import type { StoredTheme } from './theme-schema.js';
import type { ResolvedTheme } from './theme.types.js';
import { remOf, TYPE_STEPS } from './type-scale.js';

/** The ornament as a `url(...)` value; percent-encoding keeps it valid inside CSS and HTML. */
export function ornamentCssUrl(theme: ResolvedTheme): string {
  return `url("data:image/svg+xml,${encodeURIComponent(theme.ornament.svg)}")`;
}

function isStoredTheme(theme: ResolvedTheme | StoredTheme): theme is StoredTheme {
  return 'schemaVersion' in theme;
}

const HEX = /^#[0-9A-Fa-f]{6}$/;
const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STACKS: readonly string[] = Object.values(FONT_STACKS);

/**
 * What must hold for the declarations to be safe inside a <style> element: every value is a hex
 * colour (derived colours are mixed from them), a known font stack, a finite size or the slug
 * key (the ornament is percent-encoded).
 * validateTheme checks far more before a theme is stored; this is the last line before a page.
 */
function unsafeValues(theme: ResolvedTheme): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const refuse = (path: string, value: unknown, what: string) =>
    problems.push({ code: 'INVALID_FIELD', path, message: `${path}: ${JSON.stringify(value) ?? String(value)} is not ${what}` });
  if (typeof theme.key !== 'string' || !KEY.test(theme.key)) refuse('key', theme.key, 'a theme key');
  for (const role of COLOR_ROLES) {
    const value = theme.colors[role];
    if (typeof value !== 'string' || !HEX.test(value)) refuse(`colors.${role}`, value, 'a #RRGGBB colour');
  }
  for (const font of ['heading', 'body'] as const) {
    if (!STACKS.includes(theme.typography[font])) refuse(`typography.${font}`, theme.typography[font], 'one of the font stacks');
  }
  for (const step of TYPE_STEPS) {
    const size = theme.typography.sizes[step];
    if (typeof size !== 'number' || !Number.isFinite(size) || size <= 0) refuse(`typography.sizes.${step}`, size, 'a size in px');
  }
  if (typeof theme.ornament.svg !== 'string') refuse('ornament.svg', theme.ornament.svg, 'SVG text');
  return problems;
}

function resolveForCss(theme: ResolvedTheme | StoredTheme): ResolvedTheme {
  if (!isStoredTheme(theme)) return theme;
  try {
    return resolveThemeData(theme);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidThemeError([{ code: 'INVALID_FIELD', path: '', message: `the theme does not have the stored-theme shape (${reason}); check it with validateTheme` }]);
  }
}

/**
 * Declarations such as `--caravan-color-primary: #1D3B8B;`, one per line, for a resolved or a
 * stored theme. Throws InvalidThemeError, naming the fields, rather than write a value that is not
 * a colour, a known font stack, a size or a slug into a page.
 */
export function themeToCssVariables(theme: ResolvedTheme | StoredTheme): string {
  const resolved = resolveForCss(theme);
  const problems = unsafeValues(resolved);
  if (problems.length > 0) throw new InvalidThemeError(problems);
  const { typography } = resolved;
  return [
    ...colorVariables(resolved.colors).map(([name, value]) => `${name}: ${value};`),
    `--caravan-font-heading: ${typography.heading};`,
    `--caravan-font-body: ${typography.body};`,
    ...TYPE_STEPS.map((step) => `--caravan-font-size-${step}: ${remOf(typography.sizes[step])};`),
    `--caravan-ornament: ${ornamentCssUrl(resolved)};`,
    `--caravan-theme: ${resolved.key};`,
  ].join('\n');
}
