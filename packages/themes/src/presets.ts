// The built-in themes as stored-theme data: the starting points an organizer picks from, and
// what getTheme(key) resolves.
import { centralAsiaPreset } from './presets/central-asia.preset.js';
import { defaultPreset } from './presets/default.preset.js';
import { southCaucasusPreset } from './presets/south-caucasus.preset.js';
import type { StoredTheme } from './theme-schema.js';
import type { ThemeKey } from './theme.types.js';

export const THEME_PRESETS: { readonly [Key in ThemeKey]: StoredTheme } = {
  default: defaultPreset,
  'central-asia': centralAsiaPreset,
  'south-caucasus': southCaucasusPreset,
};
