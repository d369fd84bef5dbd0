// WCAG AA contrast of every pair a theme's colours are drawn in (CONTRAST_PAIRS, read off the
// role table), reported per failing pair with both colours and the ratio.
import { colorOf, CONTRAST_MINIMUMS, CONTRAST_PAIRS, type ThemeColors } from './color-roles.js';
import { contrastRatio } from './contrast.js';
import type { ContrastProblem } from './theme-problems.js';

const USE_LABELS = { text: 'normal text', 'large-text': 'large text', ui: 'focus rings and controls' } as const;

/** Every pair below its WCAG AA minimum; empty when the colours pass. */
export function checkThemeContrast(colors: ThemeColors): ContrastProblem[] {
  return CONTRAST_PAIRS.flatMap((pair) => {
    const foregroundColor = colorOf(colors, pair.foreground);
    const backgroundColor = colorOf(colors, pair.background);
    const exact = contrastRatio(foregroundColor, backgroundColor);
    const required = CONTRAST_MINIMUMS[pair.use];
    if (exact >= required) return [];
    const ratio = Math.floor(exact * 100) / 100;
    return [
      {
        code: 'LOW_CONTRAST' as const,
        path: `colors.${pair.foreground}`,
        pair,
        foregroundColor,
        backgroundColor,
        ratio,
        required,
        message:
          `${pair.foreground} on ${pair.background} (${pair.where}): ${foregroundColor} on ${backgroundColor} ` +
          `has a contrast of ${ratio.toFixed(2)}:1; WCAG AA needs ${required}:1 for ${USE_LABELS[pair.use]}`,
      },
    ];
  });
}
