import { themes } from '@caravan/themes';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { DocumentInputError } from './document-input.error.js';
import { OrnamentStamp } from './ornament-stamp.js';

interface ContentSink {
  addContent(data: string): unknown;
}

/** A document that keeps the operators drawn on it instead of writing them. */
function recordingDocument(): { doc: PDFKit.PDFDocument; operators: string[] } {
  const doc = new PDFDocument({ size: 'A6', margin: 0, font: '', compress: false });
  const operators: string[] = [];
  (doc as unknown as ContentSink).addContent = (data: string) => {
    operators.push(...data.split('\n'));
    return doc;
  };
  return { doc, operators };
}

const FULL_OPACITY_STATE = /^\/Gs\d+ gs$/;

describe(OrnamentStamp.name, () => {
  it.each(['central-asia', 'south-caucasus'] as const)('replays the %s ornament exactly as svg-to-pdfkit draws it, less its full-opacity states', (key) => {
    const svg = themes[key].ornament.svg;
    const stamp = OrnamentStamp.compile(svg, 'ornament');
    expect(stamp.recorded).toBe(true);

    const stamped = recordingDocument();
    stamp.stamp(stamped.doc, 10, 20, 30);
    const direct = recordingDocument();
    const scale = 30 / stamp.height;
    direct.doc.save().transform(scale, 0, 0, scale, 10, 20);
    SVGtoPDF(direct.doc as unknown as typeof PDFDocument, svg, 0, 0, { width: stamp.width, height: stamp.height });
    direct.doc.restore();

    expect(stamped.operators.length).toBeGreaterThan(20);
    expect(stamped.operators).toEqual(direct.operators.filter((line) => !FULL_OPACITY_STATE.test(line)));
  });

  it('draws a tile with partial opacity afresh each time, with its graphics states', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#C99A2E" fill-opacity="0.5"/></svg>';
    const stamp = OrnamentStamp.compile(svg, 'ornament');
    expect(stamp.recorded).toBe(false);
    const { doc, operators } = recordingDocument();
    stamp.band(doc, 0, 0, 100, 10);
    expect(operators.filter((line) => FULL_OPACITY_STATE.test(line)).length).toBeGreaterThanOrEqual(10);
  });

  it('refuses what is not a drawable SVG tile, naming the field', () => {
    expect(() => OrnamentStamp.compile('<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>', 'theme.ornamentSvg')).toThrow(
      new DocumentInputError('theme.ornamentSvg', 'needs a viewBox or a width and height on its <svg> element'),
    );
    expect(() => OrnamentStamp.compile('<svg viewBox="0 0 4 4"><rect width="4" </svg>', 'theme.ornamentSvg')).toThrow(/^theme\.ornamentSvg: svg-to-pdfkit cannot draw it as written: /);
  });
});
