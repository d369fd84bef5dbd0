// What can be wrong with a theme, as data a console can show beside the field and an api can map
// to error codes: each problem has a code, the path of the field, and a message a person can act on.
import type { z } from 'zod';
import type { ContrastPair } from './color-roles.js';

export const SVG_PROBLEM_CODES = [
  'SVG_TOO_LARGE',
  'SVG_TOO_MANY_ELEMENTS',
  'SVG_DOCTYPE',
  'SVG_PROCESSING_INSTRUCTION',
  'SVG_ELEMENT_REFUSED',
  'SVG_ATTRIBUTE_REFUSED',
  'SVG_EVENT_HANDLER',
  'SVG_EXTERNAL_REFERENCE',
  'SVG_NOT_SVG',
] as const;

export type SvgProblemCode = (typeof SVG_PROBLEM_CODES)[number];

interface ProblemAt {
  /** Dotted path of the field, e.g. "colors.muted" or "ornament.svg". */
  path: string;
  message: string;
}

/** The schema refused a field. */
export interface FieldProblem extends ProblemAt {
  code: 'INVALID_FIELD';
}

/** The uploaded ornament was refused (path "ornament.svg"). */
export interface SvgFieldProblem extends ProblemAt {
  code: SvgProblemCode;
}

/** A pair of colours the portal draws is below its WCAG AA minimum. */
export interface ContrastProblem extends ProblemAt {
  code: 'LOW_CONTRAST';
  pair: ContrastPair;
  foregroundColor: string;
  backgroundColor: string;
  /** Rounded down to two decimals: WCAG forbids rounding a ratio up to a threshold. */
  ratio: number;
  required: number;
}

export type ThemeProblem = FieldProblem | SvgFieldProblem | ContrastProblem;

export type ThemeProblemCode = ThemeProblem['code'];

export function problemsFromZod(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return { code: 'INVALID_FIELD', path, message: path ? `${path}: ${issue.message}` : issue.message };
  });
}

/** Thrown where a theme must be valid to go on (rendering a stored theme that does not parse). */
export class InvalidThemeError extends Error {
  readonly code = 'THEME_INVALID';

  constructor(readonly problems: readonly ThemeProblem[]) {
    super(`The theme is not valid: ${problems.map((p) => p.message).join('; ')}`);
    this.name = 'InvalidThemeError';
  }
}
