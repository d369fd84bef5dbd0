// Renders a visa-support letter: an A4 page with the series letterhead (colour band and
// ornament), the invitation, the participant's passport data, the signatory and a QR code
// leading to the public page that confirms the letter.
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { printDate } from '../pdf/document-date.js';
import { parseDocumentInput } from '../pdf/document-input.error.js';
import { FontLibrary, type FontWeight } from '../pdf/font-library.js';
import { OrnamentStamp } from '../pdf/ornament-stamp.js';
import { writeDocument } from '../pdf/pdf-output.js';
import { drawFitted, drawLine, fitText, type Align } from '../pdf/pdf-text.js';
import { drawQrCode } from '../pdf/qr-code.js';
import { shapeField } from '../pdf/shape-field.js';
import type { ShapedText } from '../pdf/shaped-text.js';
import { ZVisaLetterInput, type ValidVisaLetter, type VisaLetterInput } from './visa-letter.schema.js';

const [WIDTH, HEIGHT] = [595.28, 841.89];
const MARGIN = 56;
const BODY_WIDTH = WIDTH - 2 * MARGIN;
const BODY_SIZE = 10.5;
const QR_SIZE = 104;

interface Block {
  readonly text: string;
  readonly weight: FontWeight;
  /** The input field the text comes from; none for the letter's fixed wording. */
  readonly field?: string;
}

/** Every text of the letter with the input field it comes from, so a bad character is named. */
function letterTexts(letter: ValidVisaLetter) {
  const { participant: p, edition: e } = letter;
  const period = e.startDate === e.endDate ? `on ${printDate(e.startDate)}` : `from ${printDate(e.startDate)} to ${printDate(e.endDate)}`;
  const rows: [string, string | undefined, string][] = [
    ['Full name (as in passport)', p.fullName, 'participant.fullName'],
    ['Passport number', p.passportNumber, 'participant.passportNumber'],
    ['Nationality', p.nationality, 'participant.nationality'],
    ['Date of birth', printDate(p.dateOfBirth), 'participant.dateOfBirth'],
    ['Passport valid until', printDate(p.passportExpiry), 'participant.passportExpiry'],
    ['Organization', p.organization, 'participant.organization'],
    ['Position', p.position, 'participant.position'],
  ];
  return {
    seriesName: { text: letter.letterhead.seriesName, weight: 700, field: 'letterhead.seriesName' },
    issuer: { text: letter.letterhead.issuer, weight: 400, field: 'letterhead.issuer' },
    address: letter.letterhead.address === undefined ? undefined : { text: letter.letterhead.address, weight: 400, field: 'letterhead.address' },
    reference: { text: `Letter No. ${letter.letterNumber}`, weight: 700, field: 'letterNumber' },
    issued: { text: `Date of issue: ${printDate(letter.issuedOn)}`, weight: 400, field: 'issuedOn' },
    title: { text: 'Visa support letter', weight: 700 },
    salutation: { text: 'To the consular officer concerned,', weight: 400 },
    invitation: {
      text: `${letter.letterhead.issuer} confirms that the person named below is invited to take part in the ${e.title}, held ${period} at ${e.venue}, ${e.city}, ${e.country}. We kindly ask you to issue this person an entry visa for the duration of the forum.`,
      weight: 400,
      field: 'edition',
    },
    rows: rows
      .filter((row): row is [string, string, string] => row[1] !== undefined)
      .map(([label, value, field]) => [
        { text: label, weight: 400, field },
        { text: value, weight: 700, field },
      ]),
    verification: {
      text: `The authenticity of this letter can be confirmed by scanning the QR code or at ${letter.verificationUrl}`,
      weight: 400,
      field: 'verificationUrl',
    },
    signatoryName: { text: letter.signatory.name, weight: 700, field: 'signatory.name' },
    signatoryTitle: { text: letter.signatory.title, weight: 400, field: 'signatory.title' },
  } satisfies Record<string, Block | Block[][] | undefined>;
}

/** Draws a wrapped paragraph at one size; returns the baseline below its last line. */
function paragraph(doc: PDFKit.PDFDocument, text: ShapedText, x: number, baseline: number, width: number, colour: string, size = BODY_SIZE, align: Align = 'left'): number {
  const fitted = fitText(text, { width, maxSize: size, minSize: size, maxLines: Number.POSITIVE_INFINITY, leading: 1.45 });
  return drawFitted(doc, text, fitted, x, baseline, { colour, align, leading: 1.45 });
}

/** Writes one letter as an A4 PDF; bad input is refused, naming its field, before anything is written. */
export async function writeVisaLetter(input: VisaLetterInput, destination: Writable): Promise<void> {
  const letter = parseDocumentInput(ZVisaLetterInput, input, 'letter');
  const { ornamentSvg } = letter.letterhead.theme;
  const ornament = ornamentSvg === undefined ? undefined : OrnamentStamp.compile(ornamentSvg, 'letter.letterhead.theme.ornamentSvg');
  const fonts = FontLibrary.get();
  const shape = (block: Block): Promise<ShapedText> =>
    block.field === undefined ? fonts.shape(block.text, block.weight) : shapeField(fonts, block.text, block.weight, `letter.${block.field}`);
  const { address, rows, ...singles } = letterTexts(letter);
  const shapedSingles = Object.fromEntries(await Promise.all(Object.entries(singles).map(async ([name, block]) => [name, await shape(block)] as const)));
  const texts = {
    ...(shapedSingles as Record<keyof typeof singles, ShapedText>),
    address: address === undefined ? undefined : await shape(address),
    rows: await Promise.all(rows.map((row) => Promise.all(row.map(shape)))),
  };

  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    font: '',
    info: { Title: `Visa support letter ${letter.letterNumber}`, Author: letter.letterhead.issuer, Creator: 'Caravan' },
  });
  await writeDocument(doc, destination, () => drawLetter(doc, letter, ornament, texts));
}

interface LetterTexts {
  readonly seriesName: ShapedText;
  readonly issuer: ShapedText;
  readonly address: ShapedText | undefined;
  readonly reference: ShapedText;
  readonly issued: ShapedText;
  readonly title: ShapedText;
  readonly salutation: ShapedText;
  readonly invitation: ShapedText;
  readonly verification: ShapedText;
  readonly signatoryName: ShapedText;
  readonly signatoryTitle: ShapedText;
  readonly rows: readonly ShapedText[][];
}

function drawLetter(doc: PDFKit.PDFDocument, letter: ValidVisaLetter, ornament: OrnamentStamp | undefined, texts: LetterTexts): void {
  const { colours } = letter.letterhead.theme;
  const { seriesName, issuer, address, reference, issued, title, salutation, invitation, verification, signatoryName, signatoryTitle, rows } = texts;
  // Letterhead: ornament band over the primary colour, the series and the issuer.
  doc.rect(0, 0, WIDTH, HEIGHT).fill(colours.background);
  doc.rect(0, 0, WIDTH, 96).fill(colours.primary);
  ornament?.band(doc, 0, 0, WIDTH, 24);
  doc.rect(0, 96, WIDTH, 3).fill(colours.accent);
  drawFitted(doc, seriesName, fitText(seriesName, { width: BODY_WIDTH, maxSize: 17, minSize: 10, maxLines: 1 }), MARGIN, 56, { colour: colours.onPrimary });
  drawFitted(doc, issuer, fitText(issuer, { width: BODY_WIDTH, maxSize: 10, minSize: 7, maxLines: 1 }), MARGIN, 76, { colour: colours.onPrimary });
  if (address) drawFitted(doc, address, fitText(address, { width: BODY_WIDTH, maxSize: 8.5, minSize: 6, maxLines: 1 }), MARGIN, 89, { colour: colours.onPrimary });

  let y = 128;
  drawLine(doc, reference, WIDTH - MARGIN, y, { size: 10, colour: colours.text, align: 'right' });
  drawLine(doc, issued, WIDTH - MARGIN, y + 15, { size: 10, colour: colours.text, align: 'right' });
  y += 52;
  drawLine(doc, title, MARGIN, y, { size: 16, colour: colours.primary });
  y += 30;
  y = paragraph(doc, salutation, MARGIN, y, BODY_WIDTH, colours.text) + 6;
  y = paragraph(doc, invitation, MARGIN, y, BODY_WIDTH, colours.text) + 12;

  // The participant's data as a two-column table with hairlines between rows.
  const labelWidth = 170;
  for (const [label, value] of rows as [ShapedText, ShapedText][]) {
    doc.lineWidth(0.5).moveTo(MARGIN, y - 13).lineTo(WIDTH - MARGIN, y - 13).stroke(colours.accent);
    paragraph(doc, label, MARGIN, y, labelWidth - 8, colours.text);
    y = paragraph(doc, value, MARGIN + labelWidth, y, BODY_WIDTH - labelWidth, colours.text) + 8;
  }
  doc.lineWidth(0.5).moveTo(MARGIN, y - 13).lineTo(WIDTH - MARGIN, y - 13).stroke(colours.accent);
  y += 14;
  y = paragraph(doc, verification, MARGIN, y, BODY_WIDTH - QR_SIZE - 24, colours.text, 9);

  // Signatory at the left, QR code at the right, above a thin ornament band at the foot.
  const footTop = Math.max(y + 24, HEIGHT - 90 - QR_SIZE);
  drawLine(doc, signatoryName, MARGIN, footTop + 60, { size: 11, colour: colours.text });
  paragraph(doc, signatoryTitle, MARGIN, footTop + 76, BODY_WIDTH - QR_SIZE - 24, colours.text, 9.5);
  drawQrCode(doc, letter.verificationUrl, WIDTH - MARGIN - QR_SIZE, footTop, QR_SIZE, { dark: '#000000', light: '#FFFFFF' });
  doc.rect(0, HEIGHT - 18, WIDTH, 18).fill(colours.primary);
  ornament?.band(doc, 0, HEIGHT - 18, WIDTH, 18);
}
