// The fonts every document draws with: the Noto Sans families from @fontsource, which the
// project installs itself (no system fonts). Fontsource splits each family into subsets by
// Unicode range; the library picks, per grapheme, the first subset that draws it, in the
// preference order below, and hands pdfkit parsed fonts so no document parses a font again.
//
// Faces are read from the packages' WOFF2 files and decompressed once to plain TrueType:
// fontkit reads WOFF tables through a pure-JS inflate on every glyph it subsets, which made
// per-participant PDFs several times slower.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import { ShapedText, type ShapedGrapheme } from './shaped-text.js';
import { woff2ToTrueType } from './woff2.js';

const require = createRequire(import.meta.url);

/** Font packages in the order their subsets are tried; each is a dependency of this package. */
export const FONT_PACKAGES = ['@fontsource/noto-sans', '@fontsource/noto-sans-georgian', '@fontsource/noto-sans-armenian', '@fontsource/noto-sans-sc'] as const;

export const FONT_WEIGHTS = [400, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

export interface FontFace {
  /** Unique within the library, e.g. `noto-sans-sc-97-700`; pdfkit's family name for it. */
  readonly key: string;
  readonly file: string;
  readonly weight: FontWeight;
  /** Sorted, inclusive code point ranges the subset declares. */
  readonly ranges: readonly (readonly [number, number])[];
}

export class UnsupportedCharacterError extends Error {
  constructor(readonly characters: readonly string[]) {
    super(`no bundled font draws ${characters.map((c) => `"${c}" (${[...c].map(codePointLabel).join(' ')})`).join(', ')}`);
    this.name = 'UnsupportedCharacterError';
  }
}

const codePointLabel = (c: string): string => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function parseRanges(unicodeRange: string): [number, number][] {
  return unicodeRange
    .split(',')
    .map((part) => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      const start = Number.parseInt(from!, 16);
      return [start, to === undefined ? start : Number.parseInt(to, 16)] as [number, number];
    })
    .sort((a, b) => a[0] - b[0]);
}

function readFaces(): FontFace[] {
  return FONT_PACKAGES.flatMap((packageName) => {
    const directory = dirname(require.resolve(`${packageName}/package.json`));
    const base = packageName.split('/')[1]!;
    const subsets = JSON.parse(readFileSync(join(directory, 'unicode.json'), 'utf8')) as Record<string, string>;
    return Object.entries(subsets).flatMap(([subsetKey, range]) => {
      const subset = subsetKey.replace(/^\[(.*)\]$/, '$1');
      return FONT_WEIGHTS.map((weight) => ({
        key: `${base}-${subset}-${weight}`,
        file: join(directory, 'files', `${base}-${subset}-${weight}-normal.woff2`),
        weight,
        ranges: parseRanges(range),
      })).filter((face) => existsSync(face.file));
    });
  });
}

function covers(face: FontFace, codePoint: number): boolean {
  let low = 0;
  let high = face.ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [from, to] = face.ranges[middle]!;
    if (codePoint < from) high = middle - 1;
    else if (codePoint > to) low = middle + 1;
    else return true;
  }
  return false;
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

export class FontLibrary {
  private static shared: FontLibrary | undefined;
  private readonly fonts = new Map<string, Promise<fontkit.Font>>();
  private readonly loaded = new Map<string, fontkit.Font>();
  /** Grapheme → face key (or null: none draws it), per weight. Names repeat their characters. */
  private readonly choices = new Map<string, FontFace | null>();

  private constructor(private readonly faces: readonly FontFace[]) {}

  /** The process-wide library: faces are listed once and each font file decompressed once. */
  static get(): FontLibrary {
    FontLibrary.shared ??= new FontLibrary(readFaces());
    return FontLibrary.shared;
  }

  /** How many subsets at each weight the library can draw with. */
  get faceCount(): number {
    return this.faces.length;
  }

  private font(face: FontFace): Promise<fontkit.Font> {
    let font = this.fonts.get(face.key);
    if (!font) {
      font = woff2ToTrueType(readFileSync(face.file)).then((ttf) => {
        const parsed = fontkit.create(ttf) as fontkit.Font;
        this.loaded.set(face.key, parsed);
        return parsed;
      });
      this.fonts.set(face.key, font);
    }
    return font;
  }

  private async faceFor(grapheme: string, weight: FontWeight): Promise<FontFace | null> {
    const cacheKey = `${weight}:${grapheme}`;
    const known = this.choices.get(cacheKey);
    if (known !== undefined) return known;
    const codePoints = [...grapheme].map((c) => c.codePointAt(0)!);
    let choice: FontFace | null = null;
    for (const face of this.faces) {
      if (face.weight !== weight || !codePoints.every((cp) => covers(face, cp))) continue;
      const font = await this.font(face);
      if (codePoints.every((cp) => font.hasGlyphForCodePoint(cp))) {
        choice = face;
        break;
      }
    }
    this.choices.set(cacheKey, choice);
    return choice;
  }

  /**
   * The text with a font chosen for each grapheme, loading the fonts it needs. Throws
   * UnsupportedCharacterError listing every character no bundled font draws.
   */
  async shape(text: string, weight: FontWeight): Promise<ShapedText> {
    const shaped: ShapedGrapheme[] = [];
    const unsupported: string[] = [];
    for (const { segment } of graphemes.segment(text)) {
      const face = await this.faceFor(segment, weight);
      if (!face) {
        if (!unsupported.includes(segment)) unsupported.push(segment);
        continue;
      }
      shaped.push({ text: segment, face, font: this.loaded.get(face.key)!, advance: this.advance(face, segment) });
    }
    if (unsupported.length > 0) throw new UnsupportedCharacterError(unsupported);
    return new ShapedText(shaped);
  }

  private readonly advances = new Map<string, number>();

  /** A grapheme's advance in em; wrapping sums these, drawing lets fontkit kern each run. */
  private advance(face: FontFace, grapheme: string): number {
    const key = `${face.key}\0${grapheme}`;
    let advance = this.advances.get(key);
    if (advance === undefined) {
      const font = this.loaded.get(face.key)!;
      advance = font.layout(grapheme).advanceWidth / font.unitsPerEm;
      this.advances.set(key, advance);
    }
    return advance;
  }
}
