// A theme as the wizard's preview draws it: its CSS variables as a style object (when the theme
// has a shape that can be drawn) and its problems, each with the wizard field it belongs to.
import { COLOR_ROLES, type ColorRole } from '@caravan/themes';
import { colorField } from './launch-wizard.js';

export interface PreviewProblem {
  /** The theme's dotted path, e.g. colors.muted or ornament.svg. */
  path: string;
  code: string;
  message: string;
}

export interface ThemePreview {
  variables: Record<string, string> | null;
  problems: PreviewProblem[];
}

/** `--a: b;` lines (themeToCssVariables' output) as a React style object. */
export function variablesOf(css: string): Record<string, string> {
  return Object.fromEntries(
    css
      .split('\n')
      .map((line) => /^(--[\w-]+):\s*(.*?);?$/.exec(line.trim()))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1] as string, match[2] as string]),
  );
}

/** The wizard field a theme problem belongs to: colours by role, fonts, the ornament. */
export function themeField(path: string): string {
  const [head, second] = path.split('.');
  if (head === 'colors' && second && (COLOR_ROLES as readonly string[]).includes(second)) return colorField(second as ColorRole);
  if (head === 'typography' && (second === 'headingFont' || second === 'bodyFont')) return second;
  if (head === 'ornament') return path.includes('svg') ? 'svg' : 'motif';
  return 'preset';
}
