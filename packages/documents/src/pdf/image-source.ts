// Images a document embeds: JPEG or PNG bytes, told apart by their signatures, and embedded
// once per document however many pages show them (badges of one sheet often share a
// placeholder or a logo).
import { createHash } from 'node:crypto';
import { z } from 'zod';

const isJpeg = (bytes: Uint8Array): boolean => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
const isPng = (bytes: Uint8Array): boolean => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => bytes[i] === byte);

export const ZImageBytes = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be the bytes of an image')
 .refine((bytes) => isJpeg(bytes) || isPng(bytes), 'must be a JPEG or PNG image');

/** pdfkit's parsed image, drawable any number of times in the document that opened it. */
type OpenedImage = unknown;
interface ImageOpener {
  openImage(src: Buffer): OpenedImage;
}

export class DocumentImages {
  private readonly opened = new Map<string, OpenedImage>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /** The document's copy of these bytes, opened on first use (identified by SHA-256). */
  get(bytes: Uint8Array): PDFKit.Mixins.ImageSrc {
    const key = createHash('sha256').update(bytes).digest('base64');
    let image = this.opened.get(key);
    if (image === undefined) {
      image = (this.doc as unknown as ImageOpener).openImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      this.opened.set(key, image);
    }
    // pdfkit draws an opened image as it draws a buffer; its types only list buffers and paths.
    return image as PDFKit.Mixins.ImageSrc;
  }
}
