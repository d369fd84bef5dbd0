// A text whose graphemes each have a font: measured, broken into lines and cut into runs of
// one font, without touching a document. Drawing is pdf-text's job.
import type * as fontkit from 'fontkit';
import type { FontFace } from './font-library.js';

export interface ShapedGrapheme {
  readonly text: string;
  readonly face: FontFace;
  readonly font: fontkit.Font;
  /** Advance width in em. */
  readonly advance: number;
}

export interface TextRun {
  readonly face: FontFace;
  readonly font: fontkit.Font;
  readonly text: string;
}

const SPACE = /^\s+$/u;
/** Scripts written without spaces: a line may break between any two of their graphemes. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

export class ShapedText {
  constructor(readonly graphemes: readonly ShapedGrapheme[]) {}

  get text(): string {
    return this.graphemes.map((g) => g.text).join('');
  }

  /** Runs of one font each between two grapheme indices. */
  runs(from = 0, to = this.graphemes.length): TextRun[] {
    const runs: { face: FontFace; font: fontkit.Font; text: string }[] = [];
    for (const grapheme of this.graphemes.slice(from, to)) {
      const last = runs.at(-1);
      if (last && last.face === grapheme.face) last.text += grapheme.text;
      else runs.push({ face: grapheme.face, font: grapheme.font, text: grapheme.text });
    }
    return runs;
  }

  /** Width in points at a font size, from the graphemes' advances. */
  width(size: number, from = 0, to = this.graphemes.length): number {
    let em = 0;
    for (let i = from; i < to; i++) em += this.graphemes[i]!.advance;
    return em * size;
  }

  /**
   * Greedy line breaking at spaces, and between graphemes of unspaced scripts; a word wider
   * than the line is cut between graphemes. Returns [from, to) index pairs with the spaces at
   * line ends left out.
   */
  lines(width: number, size: number): [number, number][] {
    const lines: [number, number][] = [];
    const g = this.graphemes;
    let start = 0;
    while (start < g.length && SPACE.test(g[start]!.text)) start++;
    while (start < g.length) {
      let end = start;
      let used = 0;
      let lastBreak = -1;
      while (end < g.length && used + g[end]!.advance * size <= width) {
        used += g[end]!.advance * size;
        end++;
        if (end < g.length && (SPACE.test(g[end]!.text) || UNSPACED.test(g[end - 1]!.text) || UNSPACED.test(g[end]!.text))) lastBreak = end;
      }
      if (end < g.length && lastBreak > start) end = lastBreak;
      if (end === start) end = start + 1; // a single grapheme wider than the line still takes one
      let trimmed = end;
      while (trimmed > start && SPACE.test(g[trimmed - 1]!.text)) trimmed--;
      lines.push([start, trimmed]);
      start = end;
      while (start < g.length && SPACE.test(g[start]!.text)) start++;
    }
    return lines;
  }
}
