// The gate a theme passes before it is stored with a series: the schema, the SVG sanitiser for
// an uploaded ornament, and WCAG AA contrast for every pair the portal draws. Node only, because
// the sanitiser runs on jsdom; checkThemeContrast alone runs anywhere (a console's live preview).
import { sanitizeSvg } from './svg-sanitizer.js';
import { checkThemeContrast } from './theme-contrast.js';
import { problemsFromZod, type ThemeProblem } from './theme-problems.js';
import { ZStoredTheme, type StoredTheme } from './theme-schema.js';

export type ThemeValidation = { ok: true; theme: StoredTheme } | { ok: false; problems: ThemeProblem[] };

/**
 * Every problem of `input` at once, or the theme to store: parsed, with an uploaded SVG in its
 * sanitised, re-serialised form.
 */
export function validateTheme(input: unknown): ThemeValidation {
  const parsed = ZStoredTheme.safeParse(input);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error) };
  let theme = parsed.data;
  const problems: ThemeProblem[] = [];
  if (theme.ornament.kind === 'svg') {
    const svg = sanitizeSvg(theme.ornament.svg);
    if (svg.ok) theme = { ...theme, ornament: { ...theme.ornament, svg: svg.svg } };
    else problems.push(...svg.problems.map((p) => ({ code: p.code, path: 'ornament.svg', message: `ornament.svg: ${p.message}` })));
  }
  problems.push(...checkThemeContrast(theme.colors));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, theme };
}
