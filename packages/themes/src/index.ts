// @caravan/themes: themes as data that dress each forum series in its region's colours and
// motifs: the stored-theme schema, presets, contrast checks and CSS variables. Everything here
// runs in browsers too; the SVG sanitiser and validateTheme (subpaths svg-sanitizer and
// validate-theme) need Node.
import { THEME_PRESETS } from './presets.js';
import { resolveThemeData } from './resolve-theme.js';
import { THEME_KEYS, type Theme, type ThemeKey } from './theme.types.js';

export * from './theme.types.js';
export { contrastRatio, relativeLuminance, parseHexColor, mixHexColors, InvalidColorError } from './contrast.js';
export { themeToCssVariables, ornamentCssUrl } from './css-variables.js';
export * from './color-roles.js';
export * from './font-stacks.js';
export * from './motifs.js';
export * from './presets.js';
export * from './resolve-theme.js';
export * from './theme-contrast.js';
export * from './theme-problems.js';
export * from './theme-schema.js';
export * from './type-scale.js';

/** The presets, resolved (their validity is a test, so the browser bundle needs no schema). */
export const themes: Record<ThemeKey, Theme> = {
  default: { ...resolveThemeData(THEME_PRESETS.default), key: 'default' },
  'central-asia': { ...resolveThemeData(THEME_PRESETS['central-asia']), key: 'central-asia' },
  'south-caucasus': { ...resolveThemeData(THEME_PRESETS['south-caucasus']), key: 'south-caucasus' },
};

export function isThemeKey(key: string): key is ThemeKey {
  return (THEME_KEYS as readonly string[]).includes(key);
}

/** The theme for a key; unknown or missing keys get the neutral default so a page always renders. */
export function getTheme(key: string | null | undefined): Theme {
  return key && isThemeKey(key) ? themes[key] : themes.default;
}
