// Real images for the photo tests, made on the spot with sharp (or, for the decompression
// bomb, assembled byte by byte: sharp would have to hold it in memory to write it).
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** A photo-like image (noise, so that it compresses like a photograph). */
export function noisyImage(width: number, height: number): sharp.Sharp {
  return sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } });
}

/** An image whose left half is `left` and right half is `right`, to see where pixels went. */
export function halvesImage(width: number, height: number, left: string, right: string): sharp.Sharp {
  const half = Math.floor(width / 2);
  return sharp({ create: { width, height, channels: 3, background: left } }).composite([
    { input: { create: { width: width - half, height, channels: 3, background: right } }, left: half, top: 0 },
  ]);
}

/** The RGB of the pixel at (x, y). */
export async function pixelAt(image: Buffer, x: number, y: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const offset = (y * info.width + x) * info.channels;
  return [data[offset] ?? -1, data[offset + 1] ?? -1, data[offset + 2] ?? -1];
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * A valid black 1-bit greyscale PNG of the given size. All-zero rows deflate to almost nothing,
 * so 20000×20000 (400 megapixels, ~1.2 GB once decoded to RGB) is a file of some 50 KB.
 */
export function blackPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, adaptive filter, no interlace
  const rowBytes = 1 + Math.ceil(width / 8); // filter byte + packed pixels
  const pixels = deflateSync(Buffer.alloc(rowBytes * height));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header), pngChunk('IDAT', pixels), pngChunk('IEND', Buffer.alloc(0))]);
}
