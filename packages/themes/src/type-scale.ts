// A theme's type scale (ZTypeScale in theme-schema): a base size and a ratio, or explicit sizes,
// turned into the six steps a stylesheet uses (small print to the largest heading). Sizes are CSS
// pixels at the browser's default; the CSS variables carry them in rem so that visitors' own font
// size still applies.
import type { TypeScale } from './theme-schema.js';

/** From small print (one step below body text) to the largest heading. */
export const TYPE_STEPS = ['sm', 'base', 'lg', 'xl', '2xl', '3xl'] as const;

export type TypeStep = (typeof TYPE_STEPS)[number];

export type TypeSizes = { [Step in TypeStep]: number };

export const TYPE_SCALE_LIMITS = {
  baseSize: { min: 14, max: 24 },
  ratio: { min: 1.05, max: 1.618 },
  size: { min: 11, max: 120 },
} as const;

/** Sizes in px, rounded to a hundredth. */
export function typeSizes(scale: TypeScale): TypeSizes {
  if (scale.kind === 'steps') return { ...scale.sizes };
  const baseIndex = TYPE_STEPS.indexOf('base');
  const entries = TYPE_STEPS.map((step, index) => [step, Math.round(scale.baseSize * scale.ratio ** (index - baseIndex) * 100) / 100]);
  return Object.fromEntries(entries) as TypeSizes;
}

/** `1.125rem` for 18px: rem keeps the visitor's own default font size in charge. */
export function remOf(px: number): string {
  return `${Number((px / 16).toFixed(4))}rem`;
}
