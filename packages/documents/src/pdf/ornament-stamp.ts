// A series ornament (a small SVG tile) turned into PDF drawing operators once, then stamped
// as often as a band needs. svg-to-pdfkit does the SVG work; parsing the tile again for each
// of the dozen tiles on each of 25,000 badges cost about half of all rendering time, so its
// output is recorded on a scratch document and replayed. svg-to-pdfkit sets an opacity
// state for every fill and stroke; states of full opacity change nothing inside the stamp's
// own q/Q and are dropped. A tile whose drawing needs any other page resource (partial
// opacity, gradients, images, text) cannot be replayed and is drawn afresh each time.
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { DocumentInputError } from './document-input.error.js';

interface ContentSink {
  addContent(data: string): unknown;
}
interface PageResources {
  page: { resources: { data: Record<string, unknown> & { ExtGState?: Record<string, { data: Record<string, unknown> }> } } };
}

/** pdfkit's own page resources; anything else the tile adds must be present where it is drawn. */
const PLAIN_RESOURCES = ['ProcSet', 'ExtGState'];

/** Names of graphics states that only set full opacity, or undefined if any state does more. */
function fullOpacityStates(states: Record<string, { data: Record<string, unknown> }>): string[] | undefined {
  const names = Object.keys(states);
  const plain = names.every((name) =>
    Object.entries(states[name]!.data).every(([key, value]) => (key === 'Type' && value === 'ExtGState') || ((key === 'ca' || key === 'CA') && value === 1)),
  );
  return plain ? names : undefined;
}

/** The operators without their `/GsN gs` lines for the named states, or undefined if other resources are used. */
function replayable(recorded: string[], resources: PageResources['page']['resources']['data']): string | undefined {
  if (Object.keys(resources).some((key) => !PLAIN_RESOURCES.includes(key))) return undefined;
  const states = fullOpacityStates(resources.ExtGState ?? {});
  if (!states) return undefined;
  const dropped = new Set(states.map((name) => `/${name} gs`));
  return recorded.filter((line) => !dropped.has(line)).join('\n');
}

function tileSize(svg: string, field: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0];
  if (!root) throw new DocumentInputError(field, 'is not an SVG document (no <svg> element)');
  const viewBox = /\bviewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*["']/i.exec(root);
  const width = Number(viewBox?.[1] ?? /\bwidth\s*=\s*["']([\d.]+)/i.exec(root)?.[1]);
  const height = Number(viewBox?.[2] ?? /\bheight\s*=\s*["']([\d.]+)/i.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new DocumentInputError(field, 'needs a viewBox or a width and height on its <svg> element');
  return { width, height };
}

const drawSvg = (doc: PDFKit.PDFDocument, svg: string, width: number, height: number, onWarning: (warning: string) => void): void =>
  // svg-to-pdfkit's types name the document class where it takes an instance.
  SVGtoPDF(doc as unknown as typeof PDFDocument, svg, 0, 0, { width, height, warningCallback: onWarning });

export class OrnamentStamp {
  private constructor(
    private readonly svg: string,
    /** The tile's own size (viewBox units); stamping scales it. */
    readonly width: number,
    readonly height: number,
    /** Recorded operators, or undefined when the tile must be drawn by svg-to-pdfkit each time. */
    private readonly operators: string | undefined,
  ) {}

  /** Checks and records an ornament; a malformed SVG is refused naming `field`. */
  static compile(svg: string, field: string): OrnamentStamp {
    const { width, height } = tileSize(svg, field);
    const scratch = new PDFDocument({ size: [width, height], margin: 0, font: '', compress: false });
    const recorded: string[] = [];
    (scratch as unknown as ContentSink).addContent = (data: string) => {
      recorded.push(data);
      return scratch;
    };
    const warnings: string[] = [];
    drawSvg(scratch, svg, width, height, (warning) => warnings.push(warning));
    if (warnings.length > 0) throw new DocumentInputError(field, `svg-to-pdfkit cannot draw it as written: ${warnings.join('; ')}`);
    return new OrnamentStamp(svg, width, height, replayable(recorded, (scratch as unknown as PageResources).page.resources.data));
  }

  /** Whether stamping replays recorded operators (true) or draws the SVG again (false). */
  get recorded(): boolean {
    return this.operators !== undefined;
  }

  /** Draws the tile scaled to `height`, keeping its proportions, with its top-left at (x, y). */
  stamp(doc: PDFKit.PDFDocument, x: number, y: number, height: number): void {
    const scale = height / this.height;
    doc.save();
    doc.transform(scale, 0, 0, scale, x, y);
    if (this.operators !== undefined) (doc as unknown as ContentSink).addContent(this.operators);
    else drawSvg(doc, this.svg, this.width, this.height, () => undefined);
    doc.restore();
  }

  /** Repeats the tile along a band from x to x + width, clipped to the band. */
  band(doc: PDFKit.PDFDocument, x: number, y: number, width: number, height: number): void {
    const step = (this.width * height) / this.height;
    doc.save();
    doc.rect(x, y, width, height).clip();
    for (let left = x; left < x + width; left += step) this.stamp(doc, left, y, height);
    doc.restore();
  }
}
