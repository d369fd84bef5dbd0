// A theme as data, the shape a series stores: colour roles, a type scale, fonts chosen from a
// fixed set, and an ornament that is a built-in motif or an uploaded SVG. Parsing checks shape and
// bounds only; validateTheme adds contrast and the SVG sanitiser before a theme is stored.
import { ZLocalizedText } from '@caravan/regions';
import { z } from 'zod';
import { COLOR_ROLES, type ColorRole } from './color-roles.js';
import { FONT_STACK_KEYS, type FontStackKey } from './font-stacks.js';
import { MOTIF_KEYS, MOTIFS, type MotifKey } from './motifs.js';
import { TYPE_SCALE_LIMITS, TYPE_STEPS, type TypeStep } from './type-scale.js';

export const THEME_SCHEMA_VERSION = 1;

/** Bounds for an uploaded ornament; a repeating tile needs far less. */
export const SVG_LIMITS = { maxBytes: 32 * 1024, maxElements: 500 } as const;

const notAColour = (input: unknown) => `${JSON.stringify(input)} is not a #RRGGBB colour (e.g. "#1D3B8B")`;

export const ZHexColor = z
  .string({ error: (issue) => (issue.input === undefined ? 'a #RRGGBB colour is required' : notAColour(issue.input)) })
  .regex(/^#[0-9A-Fa-f]{6}$/, { error: (issue) => notAColour(issue.input) });

export const ZThemeKey = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) => `"${String(issue.input)}" is not a theme key: use lower-case letters, digits and single hyphens`,
  })
  .max(64, { error: 'a theme key has at most 64 characters' });

const colorShape = Object.fromEntries(COLOR_ROLES.map((role) => [role, ZHexColor])) as { [Role in ColorRole]: typeof ZHexColor };

export const ZThemeColors = z.strictObject(colorShape);

export const ZFontStackKey = z.enum(FONT_STACK_KEYS as [FontStackKey, ...FontStackKey[]], {
  error: (issue) => `"${String(issue.input)}" is not a font stack; choose one of ${FONT_STACK_KEYS.join(', ')}`,
});

const { baseSize, ratio, size } = TYPE_SCALE_LIMITS;

const ZBaseSize = z
  .number()
  .min(baseSize.min, { error: `body text needs at least ${baseSize.min}px to stay readable` })
  .max(baseSize.max, { error: `body text of more than ${baseSize.max}px crowds small screens` });

const ZStepSize = z
  .number()
  .min(size.min, { error: `no step may be smaller than ${size.min}px` })
  .max(size.max, { error: `no step may be larger than ${size.max}px` });

export const ZRatioScale = z.strictObject({
  kind: z.literal('ratio'),
  /** Body text size in px. */
  baseSize: ZBaseSize,
  /** Each step is this many times the one below (1.2 "minor third", 1.25 "major third"). */
  ratio: z
    .number()
    .min(ratio.min, { error: `a ratio below ${ratio.min} makes headings indistinguishable from text` })
    .max(ratio.max, { error: `a ratio above ${ratio.max} (the golden ratio) makes headings overwhelm the page` }),
});

export const ZStepsScale = z.strictObject({
  kind: z.literal('steps'),
  sizes: z
    .strictObject({ sm: ZStepSize, base: ZBaseSize, lg: ZStepSize, xl: ZStepSize, '2xl': ZStepSize, '3xl': ZStepSize })
    .superRefine((sizes, ctx) => {
      TYPE_STEPS.slice(1).forEach((step, index) => {
        const below = TYPE_STEPS[index] as TypeStep;
        if (sizes[step] <= sizes[below]) {
          ctx.addIssue({ code: 'custom', path: [step], message: `${step} (${sizes[step]}px) must be larger than ${below} (${sizes[below]}px)` });
        }
      });
    }),
});

export const ZTypeScale = z.discriminatedUnion('kind', [ZRatioScale, ZStepsScale], {
  error: 'scale.kind must be "ratio" (baseSize and ratio) or "steps" (explicit sizes)',
});

export type TypeScale = z.infer<typeof ZTypeScale>;

export const ZMotifKey = z.enum(MOTIF_KEYS as [MotifKey, ...MotifKey[]], {
  error: (issue) => `"${String(issue.input)}" is not a built-in motif; choose one of ${MOTIF_KEYS.join(', ')}`,
});

export const ZMotifOrnament = z
  .strictObject({
    kind: z.literal('motif'),
    motif: ZMotifKey,
    /** Colours over the motif's default inks, by ink name. */
    inks: z.record(z.string(), ZHexColor).optional(),
    /** Alternative text of the ornament band. */
    alt: ZLocalizedText,
  })
  .superRefine((ornament, ctx) => {
    const known = Object.keys(MOTIFS[ornament.motif].inks);
    for (const ink of Object.keys(ornament.inks ?? {})) {
      if (!known.includes(ink)) {
        ctx.addIssue({ code: 'custom', path: ['inks', ink], message: `"${ornament.motif}" has no ink "${ink}"; its inks are ${known.join(', ')}` });
      }
    }
  });

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

export const ZSvgOrnament = z.strictObject({
  kind: z.literal('svg'),
  /** A self-contained SVG tile, sanitised by validateTheme before it is stored. */
  svg: z.string().superRefine((svg, ctx) => {
    const bytes = byteLength(svg);
    if (bytes > SVG_LIMITS.maxBytes) {
      ctx.addIssue({ code: 'custom', message: `the SVG is ${bytes} bytes; an ornament may have at most ${SVG_LIMITS.maxBytes}` });
    }
  }),
  alt: ZLocalizedText,
});

export const ZOrnament = z.discriminatedUnion('kind', [ZMotifOrnament, ZSvgOrnament], {
  error: 'ornament.kind must be "motif" (a built-in motif) or "svg" (an uploaded SVG)',
});

export const ZThemeTypography = z.strictObject({
  headingFont: ZFontStackKey,
  bodyFont: ZFontStackKey,
  scale: ZTypeScale,
});

export const ZStoredTheme = z.strictObject({
  schemaVersion: z.literal(THEME_SCHEMA_VERSION, { error: `schemaVersion must be ${THEME_SCHEMA_VERSION}` }),
  /** Stable key, e.g. the series slug; shown to stylesheets as --caravan-theme. */
  key: ZThemeKey,
  /** For organizers choosing among themes. */
  name: z.string().trim().min(1, { error: 'a theme needs a name' }).max(80, { error: 'a theme name has at most 80 characters' }),
  colors: ZThemeColors,
  typography: ZThemeTypography,
  ornament: ZOrnament,
});

export type StoredTheme = z.infer<typeof ZStoredTheme>;
export type ThemeOrnamentInput = z.infer<typeof ZOrnament>;
