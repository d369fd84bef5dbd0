// Draws one badge in an A6 box whose top-left corner is the origin: the series header with
// its ornament band, photo, names, organization, QR code and the category's colour band.
import type { z } from 'zod';
import type { DocumentImages } from '../pdf/image-source.js';
import type { OrnamentStamp } from '../pdf/ornament-stamp.js';
import { drawFitted, drawLine, fitText } from '../pdf/pdf-text.js';
import { drawQrCode } from '../pdf/qr-code.js';
import { readableInk } from '../pdf/readable-ink.js';
import type { ShapedText } from '../pdf/shaped-text.js';
import type { ZDocumentTheme } from '../pdf/document-theme.js';
import { A6 } from './badge-geometry.js';
import type { ValidBadge } from './badge-input.schema.js';

const [WIDTH, HEIGHT] = A6;
const MARGIN = 18;
const HEADER = 74;
const ORNAMENT = 22;
const PHOTO = { x: MARGIN, y: 92, width: 90, height: 120 };
const QR_SIZE = 118;
const QR_TOP = 256;
const BAND = 40;

/** What a badge's header shows: the same on every badge of a series. */
export interface BadgeHeader {
  readonly theme: z.output<typeof ZDocumentTheme>;
  readonly ornament: OrnamentStamp | undefined;
  readonly seriesName: ShapedText;
  readonly editionTitle: ShapedText;
}

/** A validated badge with its texts shaped, ready to draw without waiting for fonts. */
export interface PreparedBadge {
  readonly badge: ValidBadge;
  readonly names: readonly ShapedText[];
  readonly organization: ShapedText | undefined;
  readonly category: ShapedText;
  readonly number: ShapedText;
}

function drawHeader(doc: PDFKit.PDFDocument, header: BadgeHeader): void {
  const { colours } = header.theme;
  doc.rect(0, 0, WIDTH, HEIGHT).fill(colours.background);
  doc.rect(0, 0, WIDTH, HEADER).fill(colours.primary);
  header.ornament?.band(doc, 0, 0, WIDTH, ORNAMENT);
  doc.rect(0, HEADER, WIDTH, 3).fill(colours.accent);
  const width = WIDTH - 2 * MARGIN;
  const series = fitText(header.seriesName, { width, maxSize: 11, minSize: 7, maxLines: 1 });
  drawFitted(doc, header.seriesName, series, WIDTH / 2, ORNAMENT + 19, { colour: colours.onPrimary, align: 'center' });
  const edition = fitText(header.editionTitle, { width, maxSize: 8.5, minSize: 6, maxLines: 1 });
  drawFitted(doc, header.editionTitle, edition, WIDTH / 2, ORNAMENT + 37, { colour: colours.onPrimary, align: 'center' });
}

function drawPhoto(doc: PDFKit.PDFDocument, images: DocumentImages, photo: Uint8Array, accent: string): void {
  doc.save();
  doc.rect(PHOTO.x, PHOTO.y, PHOTO.width, PHOTO.height).clip();
  doc.image(images.get(photo), PHOTO.x, PHOTO.y, { cover: [PHOTO.width, PHOTO.height], align: 'center', valign: 'center' });
  doc.restore();
  doc.lineWidth(1.5).rect(PHOTO.x, PHOTO.y, PHOTO.width, PHOTO.height).stroke(accent);
}

function drawNames(doc: PDFKit.PDFDocument, prepared: PreparedBadge, text: string, withPhoto: boolean): void {
  const left = withPhoto ? PHOTO.x + PHOTO.width + 14 : MARGIN;
  const width = WIDTH - MARGIN - left;
  const x = withPhoto ? left : WIDTH / 2;
  const align = withPhoto ? 'left' : 'center';
  let baseline = PHOTO.y + 20;
  prepared.names.forEach((name, index) => {
    const first = index === 0;
    const fitted = fitText(name, { width, maxSize: first ? 20 : 13, minSize: first ? 10 : 8, maxLines: 2, leading: 1.15 });
    baseline = drawFitted(doc, name, fitted, x, baseline, { colour: text, align, leading: 1.15 }) + (first ? 6 : 4);
  });
}

export function drawBadge(doc: PDFKit.PDFDocument, images: DocumentImages, header: BadgeHeader, prepared: PreparedBadge): void {
  const { colours } = header.theme;
  const { badge } = prepared;
  drawHeader(doc, header);
  if (badge.photo) drawPhoto(doc, images, badge.photo, colours.accent);
  drawNames(doc, prepared, colours.text, badge.photo !== undefined);

  if (prepared.organization) {
    const fitted = fitText(prepared.organization, { width: WIDTH - 2 * MARGIN, maxSize: 10, minSize: 7, maxLines: 2 });
    drawFitted(doc, prepared.organization, fitted, WIDTH / 2, 232, { colour: colours.text, align: 'center' });
  }

  drawQrCode(doc, badge.credential, (WIDTH - QR_SIZE) / 2, QR_TOP, QR_SIZE, { dark: '#000000', light: '#FFFFFF' });
  drawLine(doc, prepared.number, WIDTH - MARGIN, QR_TOP + QR_SIZE - 4, { size: 7, colour: colours.text, align: 'right' });

  doc.rect(0, HEIGHT - BAND, WIDTH, BAND).fill(badge.category.colour);
  const category = fitText(prepared.category, { width: WIDTH - 2 * MARGIN, maxSize: 16, minSize: 8, maxLines: 1 });
  drawFitted(doc, prepared.category, category, WIDTH / 2, HEIGHT - BAND / 2 + category.size * 0.35, {
    colour: readableInk(badge.category.colour),
    align: 'center',
  });
}
