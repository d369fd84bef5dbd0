// WCAG 2.x contrast between two sRGB colours, used to keep every theme's text readable.

export class InvalidColorError extends Error {
  readonly code = 'THEME_INVALID_COLOR';
  constructor(readonly value: string) {
    super(`"${value}" is not a #RGB or #RRGGBB colour; write theme colours as hex.`);
    this.name = 'InvalidColorError';
  }
}

/** Parses #RGB or #RRGGBB into 0–255 channels. */
export function parseHexColor(value: string): [number, number, number] {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  const hex = match?.[1];
  if (!hex) throw new InvalidColorError(value);
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance as defined by WCAG (0 = black, 1 = white). */
export function relativeLuminance(color: string): number {
  const [r, g, b] = parseHexColor(color).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio from 1 (none) to 21 (black on white); WCAG AA body text needs 4.5. */
export function contrastRatio(foreground: string, background: string): number {
  const a = relativeLuminance(foreground);
  const b = relativeLuminance(background);
  const [light, dark] = a > b ? [a, b] : [b, a];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * `weight` of `a` mixed into `b`, channel by channel in sRGB: what CSS
 * `color-mix(in srgb, a weight, b)` paints. Returns #RRGGBB.
 */
export function mixHexColors(a: string, b: string, weight: number): string {
  const [ca, cb] = [parseHexColor(a), parseHexColor(b)];
  const channels = ca.map((channel, i) => Math.round(channel * weight + (cb[i] as number) * (1 - weight)));
  return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}
