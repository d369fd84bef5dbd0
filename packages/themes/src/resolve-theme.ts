// Turns a stored theme into the resolved form a page renders: font keys to stacks, the motif or
// upload to SVG, the scale to sizes. resolveTheme parses first; resolveThemeData maps data that is
// already known to be valid (the presets, a theme validateTheme accepted) and needs no zod, which
// keeps the schema out of the portal's browser bundle.
import { FONT_STACKS } from './font-stacks.js';
import { MOTIFS, renderMotif } from './motifs.js';
import { InvalidThemeError, problemsFromZod } from './theme-problems.js';
import { ZStoredTheme, type StoredTheme } from './theme-schema.js';
import type { ResolvedTheme, ThemeOrnament } from './theme.types.js';
import { typeSizes } from './type-scale.js';

function ornamentOf(ornament: StoredTheme['ornament']): ThemeOrnament {
  if (ornament.kind === 'svg') return { svg: ornament.svg, description: ornament.alt['en'] ?? '' };
  return { svg: renderMotif(ornament.motif, ornament.inks), description: MOTIFS[ornament.motif].description };
}

/** Maps a stored theme without checking it; see themeToCssVariables for what it guards. */
export function resolveThemeData(theme: StoredTheme): ResolvedTheme {
  return {
    key: theme.key,
    name: theme.name,
    colors: theme.colors,
    typography: {
      heading: FONT_STACKS[theme.typography.headingFont],
      body: FONT_STACKS[theme.typography.bodyFont],
      sizes: typeSizes(theme.typography.scale),
    },
    ornament: ornamentOf(theme.ornament),
    // The schema requires an English text; it is the fallback every visitor can be served.
    imagery: { alt: theme.ornament.alt['en'] ?? '', altText: theme.ornament.alt },
  };
}

/** Parses, then resolves; throws InvalidThemeError listing every problem of `stored`. */
export function resolveTheme(stored: unknown): ResolvedTheme {
  const parsed = ZStoredTheme.safeParse(stored);
  if (!parsed.success) throw new InvalidThemeError(problemsFromZod(parsed.error));
  return resolveThemeData(parsed.data);
}
