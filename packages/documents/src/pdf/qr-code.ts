// Draws a QR code as vector squares: error correction M and a quiet zone of two modules, as
// check-in scanners and zbar read it from a 150 dpi render.
import QRCode from 'qrcode';

export const QR_ERROR_CORRECTION = 'M';
export const QR_QUIET_MODULES = 2;

export interface QrColours {
  readonly dark: string;
  readonly light: string;
}

const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]*$/;

/**
 * The QR symbol for a text. Base45 credentials are entirely of QR's alphanumeric set: saying
 * so spares qrcode its search for the best mix of modes, a tenth of a badge's drawing time.
 */
export function qrSymbol(text: string): QRCode.QRCode {
  const input: string | QRCode.QRCodeSegment[] = ALPHANUMERIC.test(text) ? [{ data: text, mode: 'alphanumeric' }] : text;
  return QRCode.create(input, { errorCorrectionLevel: QR_ERROR_CORRECTION });
}

/** Draws the code in a square of `size` points whose top-left corner is (x, y), quiet zone included. */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number, colours: QrColours): void {
  const { modules } = qrSymbol(text);
  const count = modules.size;
  const module = size / (count + 2 * QR_QUIET_MODULES);
  const origin = QR_QUIET_MODULES * module;
  doc.rect(x, y, size, size).fill(colours.light);
  // One rectangle per horizontal run of dark modules keeps the content stream short.
  for (let row = 0; row < count; row++) {
    let column = 0;
    while (column < count) {
      if (!modules.get(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < count && modules.get(row, column)) column++;
      doc.rect(x + origin + start * module, y + origin + row * module, (column - start) * module, module);
    }
  }
  doc.fill(colours.dark);
}
