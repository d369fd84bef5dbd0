// Draws shaped text on a pdfkit page: one line at a baseline, or lines fitted into a box by
// shrinking the size. Every run is drawn with its own font at an explicit position, so mixed
// scripts share one baseline.
import type { ShapedText } from './shaped-text.js';

export type Align = 'left' | 'center' | 'right';

export interface LineStyle {
  readonly size: number;
  readonly colour: string;
  readonly align?: Align;
}

export interface FitOptions {
  readonly width: number;
  readonly maxSize: number;
  readonly minSize: number;
  readonly maxLines: number;
  /** Baseline-to-baseline distance as a multiple of the size. */
  readonly leading?: number;
}

export interface FittedText {
  readonly size: number;
  readonly lines: [number, number][];
  readonly height: number;
}

/** Draws graphemes [from, to) on one line; x is the left edge, the centre or the right edge. */
export function drawLine(doc: PDFKit.PDFDocument, text: ShapedText, x: number, baseline: number, style: LineStyle, from = 0, to = text.graphemes.length): void {
  const width = text.width(style.size, from, to);
  let cursor = style.align === 'center' ? x - width / 2 : style.align === 'right' ? x - width : x;
  doc.fillColor(style.colour);
  for (const run of text.runs(from, to)) {
    // pdfkit takes a parsed fontkit font as the source (its types only list files and buffers).
    doc.font(run.font as unknown as PDFKit.Mixins.PDFFontSource, run.face.key, style.size);
    doc.text(run.text, cursor, baseline, { lineBreak: false, baseline: 'alphabetic' });
    cursor += run.font.layout(run.text).advanceWidth * (style.size / run.font.unitsPerEm);
  }
}

/** The largest size (in half points) at which the text fits the lines allowed, or the smallest size. */
export function fitText(text: ShapedText, options: FitOptions): FittedText {
  const leading = options.leading ?? 1.2;
  let size = options.maxSize;
  let lines = text.lines(options.width, size);
  while (size > options.minSize && (lines.length > options.maxLines || lines.some(([from, to]) => text.width(size, from, to) > options.width))) {
    size = Math.max(options.minSize, size - 0.5);
    lines = text.lines(options.width, size);
  }
  return { size, lines, height: lines.length * size * leading };
}

/** Draws fitted lines from a first baseline down; returns the baseline after the last line. */
export function drawFitted(doc: PDFKit.PDFDocument, text: ShapedText, fitted: FittedText, x: number, firstBaseline: number, style: Omit<LineStyle, 'size'> & { leading?: number }): number {
  const step = fitted.size * (style.leading ?? 1.2);
  fitted.lines.forEach(([from, to], index) => {
    drawLine(doc, text, x, firstBaseline + index * step, { ...style, size: fitted.size }, from, to);
  });
  return firstBaseline + fitted.lines.length * step;
}

