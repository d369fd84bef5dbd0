// @caravan/themes: design tokens that dress each forum series in its region's colours and motifs.
import { centralAsiaTheme } from './themes/central-asia.theme.js';
import { defaultTheme } from './themes/default.theme.js';
import { southCaucasusTheme } from './themes/south-caucasus.theme.js';
import { THEME_KEYS, type Theme, type ThemeKey } from './theme.types.js';

export * from './theme.types.js';
export { contrastRatio, relativeLuminance, parseHexColor, InvalidColorError } from './contrast.js';
export { themeToCssVariables, ornamentCssUrl } from './css-variables.js';

export const themes: Record<ThemeKey, Theme> = {
  default: defaultTheme,
  'central-asia': centralAsiaTheme,
  'south-caucasus': southCaucasusTheme,
};

export function isThemeKey(key: string): key is ThemeKey {
  return (THEME_KEYS as readonly string[]).includes(key);
}

/** The theme for a key; unknown or missing keys get the neutral default so a page always renders. */
export function getTheme(key: string | null | undefined): Theme {
  return key && isThemeKey(key) ? themes[key] : themes.default;
}
