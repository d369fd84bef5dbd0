// Turns an uploaded photo into the one form Caravan stores: a badge-sized sRGB JPEG without
// any metadata. The type is read from the bytes (file-type), never from the file name or the
// declared MIME type; only JPEG, PNG and WebP reach the decoder (libvips through sharp), so
// SVG, PDF and the long tail of formats libvips could parse are refused before any parsing.
// The pixel count is checked from the header before decoding, against decompression bombs.
import { createHash } from 'node:crypto';
// The core entry: buffer detection needs none of the Node file and stream helpers.
import { fileTypeFromBuffer } from 'file-type/core';
import sharp from 'sharp';
import { PhotoError } from './photo-errors.js';

/** The stored photo: 600×800 (3:4, a passport-style portrait), JPEG quality 82, sRGB. */
export const PHOTO_OUTPUT = { width: 600, height: 800, quality: 82, contentType: 'image/jpeg' } as const;

export const PHOTO_DEFAULTS = {
  /** Larger inputs are refused before decoding; 50 MP covers the full-size output of 50 MP phone cameras. */
  maxInputPixels: 50_000_000,
  /** Smaller photos (after EXIF rotation) are refused: half the output size is the least that prints well. */
  minWidth: 300,
  minHeight: 400,
} as const;

export type PhotoSourceFormat = 'jpeg' | 'png' | 'webp';

const ACCEPTED: Readonly<Record<string, PhotoSourceFormat>> = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' };
const ACCEPTED_NAMES = 'JPEG, PNG or WebP';

export interface PhotoOptions {
  /** Largest upload accepted, in bytes. */
  maxBytes: number;
  maxInputPixels?: number;
  minWidth?: number;
  minHeight?: number;
}

export interface ProcessedPhoto {
  jpeg: Buffer;
  width: number;
  height: number;
  /** Hex SHA-256 of `jpeg`, to name or deduplicate the stored file. */
  sha256: string;
  contentType: typeof PHOTO_OUTPUT.contentType;
  sourceFormat: PhotoSourceFormat;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`;
}

function megapixels(pixels: number): string {
  return `${(pixels / 1_000_000).toFixed(1)} megapixels`;
}

async function detectFormat(input: Buffer): Promise<PhotoSourceFormat> {
  const detected = await fileTypeFromBuffer(input);
  if (detected === undefined || !detected.mime.startsWith('image/')) {
    const what = detected === undefined ? '' : ` (its content is ${detected.mime})`;
    throw new PhotoError('PHOTO_NOT_AN_IMAGE', `The file is not an image${what}; upload a ${ACCEPTED_NAMES} photo.`);
  }
  const format = ACCEPTED[detected.mime];
  if (format !== undefined) return format;
  if (detected.ext === 'heic') {
    // sharp's prebuilt libvips decodes HEIF only with AV1 (AVIF); HEVC is not in it for patent reasons.
    throw new PhotoError('PHOTO_UNSUPPORTED_FORMAT', `HEIC photos (the iPhone default) cannot be read here; export the photo as JPEG (or set the camera to "Most Compatible") and upload it again.`);
  }
  throw new PhotoError('PHOTO_UNSUPPORTED_FORMAT', `${detected.ext.toUpperCase()} images are not accepted; upload a ${ACCEPTED_NAMES} photo.`);
}

/**
 * Checks an uploaded photo and re-encodes it for storage: rotated upright by its EXIF
 * orientation, all metadata (EXIF with GPS and camera, XMP, IPTC, ICC) dropped, transparency
 * flattened onto white, cropped to cover 600×800 around its most salient part, sRGB JPEG.
 * Throws PhotoError with PHOTO_NOT_AN_IMAGE, PHOTO_UNSUPPORTED_FORMAT, PHOTO_TOO_LARGE,
 * PHOTO_TOO_SMALL or PHOTO_UNREADABLE.
 */
export async function processPhoto(input: Buffer, options: PhotoOptions): Promise<ProcessedPhoto> {
  const maxInputPixels = options.maxInputPixels ?? PHOTO_DEFAULTS.maxInputPixels;
  const minWidth = options.minWidth ?? PHOTO_DEFAULTS.minWidth;
  const minHeight = options.minHeight ?? PHOTO_DEFAULTS.minHeight;
  if (input.length > options.maxBytes) {
    throw new PhotoError('PHOTO_TOO_LARGE', `The photo is ${megabytes(input.length)}; the limit is ${megabytes(options.maxBytes)}. Upload a smaller file.`);
  }
  const sourceFormat = await detectFormat(input);

  const unreadable = (cause: unknown) =>
    new PhotoError('PHOTO_UNREADABLE', `The ${sourceFormat.toUpperCase()} photo could not be read; it may be cut short or damaged. Save or export it again and upload the new file.`, { cause });
  let header: sharp.Metadata;
  try {
    // Header only, so no limit here: the pixel count is judged below, with a clearer message.
    header = await sharp(input, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw unreadable(error);
  }
  if (header.format !== sourceFormat) throw unreadable(new Error(`content looked like ${sourceFormat}, the decoder saw ${header.format}`));
  const pixels = header.width * header.height;
  if (pixels > maxInputPixels) {
    throw new PhotoError('PHOTO_TOO_LARGE', `The photo is ${header.width}×${header.height} pixels (${megapixels(pixels)}); the limit is ${megapixels(maxInputPixels)}. Upload a smaller photo.`);
  }
  const upright = header.autoOrient;
  if (upright.width < minWidth || upright.height < minHeight) {
    throw new PhotoError('PHOTO_TOO_SMALL', `The photo is ${upright.width}×${upright.height} pixels; a badge photo needs at least ${minWidth}×${minHeight}. Upload a larger photo.`);
  }

  let jpeg: Buffer;
  try {
    // failOn 'warning': a truncated or damaged image is refused rather than half-grey.
    // limitInputPixels again in the decoder, in case the header lied.
    // Without keepExif/keepIccProfile/withMetadata sharp writes no metadata at all.
    jpeg = await sharp(input, { failOn: 'warning', limitInputPixels: maxInputPixels, autoOrient: true })
      .resize(PHOTO_OUTPUT.width, PHOTO_OUTPUT.height, { fit: 'cover', position: sharp.strategy.attention })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .jpeg({ quality: PHOTO_OUTPUT.quality })
      .toBuffer();
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) {
      throw new PhotoError('PHOTO_TOO_LARGE', `The photo has more than ${megapixels(maxInputPixels)}; upload a smaller photo.`, { cause: error });
    }
    throw unreadable(error);
  }
  return {
    jpeg,
    width: PHOTO_OUTPUT.width,
    height: PHOTO_OUTPUT.height,
    sha256: createHash('sha256').update(jpeg).digest('hex'),
    contentType: PHOTO_OUTPUT.contentType,
    sourceFormat,
  };
}
