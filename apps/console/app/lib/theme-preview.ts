// A theme as the wizard's preview draws it: its CSS variables as a style object (when the theme
// has a shape that can be drawn) and its problems as the api's validateTheme names them.
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
