// Renders badges for one series design: one A6 PDF per participant, or one merged PDF of
// many (one A6 page each, or four per A4 sheet) streamed to a writable with bounded memory.
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { parseDocumentInput } from '../pdf/document-input.error.js';
import { FontLibrary } from '../pdf/font-library.js';
import { DocumentImages } from '../pdf/image-source.js';
import { OrnamentStamp } from '../pdf/ornament-stamp.js';
import { writeDocument } from '../pdf/pdf-output.js';
import { shapeField } from '../pdf/shape-field.js';
import { drawBadge, type BadgeHeader, type PreparedBadge } from './badge-face.js';
import { A4, A6, BADGES_PER_PAGE, pageSize, sheetSlot, type BadgeLayout } from './badge-geometry.js';
import { ZBadgeDesign, ZBadgeInput, type BadgeDesign, type BadgeInput } from './badge-input.schema.js';

export interface BadgeBatchOptions {
  /** One badge per A6 page (default), or four per A4 sheet with cut guides. */
  readonly layout?: BadgeLayout;
}

export interface BadgeBatchResult {
  readonly badges: number;
  readonly pages: number;
}

export interface BadgeRenderer {
  /** One participant's badge as an A6 PDF. */
  writeBadge(badge: BadgeInput, destination: Writable): Promise<void>;
  /**
   * Many badges as one PDF. An array is checked whole before the first byte is written; an
   * async iterable is checked badge by badge, and a bad badge destroys the destination with
   * the error (the caller discards the partial file). Either way the promise rejects with a
   * DocumentInputError naming `badges[i]` and the field.
   */
  writeBadges(badges: Iterable<BadgeInput> | AsyncIterable<BadgeInput>, destination: Writable, options?: BadgeBatchOptions): Promise<BadgeBatchResult>;
}

const CUT_GUIDE = '#9A9A9A';

function drawCutGuides(doc: PDFKit.PDFDocument): void {
  doc.save().lineWidth(0.5).dash(4, { space: 3 }).strokeColor(CUT_GUIDE);
  doc.moveTo(A4[0] / 2, 0).lineTo(A4[0] / 2, A4[1]).stroke();
  doc.moveTo(0, A4[1] / 2).lineTo(A4[0], A4[1] / 2).stroke();
  doc.restore();
}

export async function createBadgeRenderer(design: BadgeDesign): Promise<BadgeRenderer> {
  const valid = parseDocumentInput(ZBadgeDesign, design, 'design');
  const fonts = FontLibrary.get();
  const header: BadgeHeader = {
    theme: valid.theme,
    ornament: valid.theme.ornamentSvg === undefined ? undefined : OrnamentStamp.compile(valid.theme.ornamentSvg, 'design.theme.ornamentSvg'),
    seriesName: await shapeField(fonts, valid.seriesName, 700, 'design.seriesName'),
    editionTitle: await shapeField(fonts, valid.editionTitle, 400, 'design.editionTitle'),
  };

  async function prepare(input: BadgeInput, field: string): Promise<PreparedBadge> {
    const badge = parseDocumentInput(ZBadgeInput, input, field);
    const names = [];
    for (const [index, name] of badge.names.entries()) names.push(await shapeField(fonts, name, index === 0 ? 700 : 400, `${field}.names[${index}]`));
    return {
      badge,
      names,
      organization: badge.organization === undefined ? undefined : await shapeField(fonts, badge.organization, 400, `${field}.organization`),
      category: await shapeField(fonts, badge.category.name, 700, `${field}.category.name`),
      number: await fonts.shape(`No ${badge.badgeNumber}`, 400),
    };
  }

  const newDocument = (layout: BadgeLayout): PDFKit.PDFDocument =>
    // font '' skips pdfkit's default Helvetica: every text names its own embedded font.
    new PDFDocument({ size: pageSize(layout), margin: 0, autoFirstPage: false, font: '', info: { Title: `${valid.seriesName}: badges`, Creator: 'Caravan' } });

  return {
    async writeBadge(input, destination) {
      const prepared = await prepare(input, 'badge');
      const doc = newDocument('a6');
      await writeDocument(doc, destination, () => {
        doc.addPage();
        drawBadge(doc, new DocumentImages(doc), header, prepared);
      });
    },

    async writeBadges(badges, destination, options = {}) {
      const layout = options.layout ?? 'a6';
      const perPage = BADGES_PER_PAGE[layout];
      if (Array.isArray(badges)) {
        // Checked whole first and shaped again while drawing: keeping 25,000 shaped badges costs more memory than shaping twice costs time.
        for (const [index, badge] of (badges as readonly BadgeInput[]).entries()) await prepare(badge, `badges[${index}]`);
      }
      const doc = newDocument(layout);
      const images = new DocumentImages(doc);
      const count = await writeDocument(doc, destination, async (sink) => {
        let drawn = 0;
        for await (const input of badges) {
          const prepared = await prepare(input, `badges[${drawn}]`);
          const slot = drawn % perPage;
          if (slot === 0) doc.addPage();
          if (layout === 'a6') {
            drawBadge(doc, images, header, prepared);
          } else {
            const [x, y] = sheetSlot(slot);
            doc.save().translate(x, y).rect(0, 0, A6[0], A6[1]).clip();
            drawBadge(doc, images, header, prepared);
            doc.restore();
            if (slot === perPage - 1) drawCutGuides(doc);
          }
          drawn++;
          if (slot === perPage - 1) await sink.drain();
        }
        if (layout === 'a4-sheet' && drawn % perPage !== 0) drawCutGuides(doc);
        return drawn;
      });
      return { badges: count, pages: Math.ceil(count / perPage) };
    },
  };
}
