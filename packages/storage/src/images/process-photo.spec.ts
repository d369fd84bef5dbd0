import exifReader from 'exif-reader';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { blackPng, halvesImage, noisyImage, pixelAt } from '../testing/test-images.js';
import { PHOTO_OUTPUT, processPhoto } from './process-photo.js';

const MAX_BYTES = 10_000_000;

async function refusal(input: Buffer, options: Parameters<typeof processPhoto>[1] = { maxBytes: MAX_BYTES }): Promise<{ code: string; message: string }> {
  const error = await processPhoto(input, options).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toMatchObject({ name: 'PhotoError' });
  return error as { code: string; message: string };
}

describe(processPhoto.name, () => {
  let directory: string;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'caravan-photos-'));
  });

  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('re-encodes a JPEG to a 600×800 sRGB JPEG without any of its metadata', async () => {
    const input = await noisyImage(1200, 1600)
      .withIccProfile('p3')
      .withExif({
        IFD0: { Make: 'Caravan Test Camera', Model: 'CT-1', Copyright: 'Jane Participant' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '38/1 28/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 16/1 0/1' },
      })
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Jane Participant"/></rdf:RDF></x:xmpmeta>')
      .jpeg()
      .toBuffer();
    // The input really carries what must go.
    const inputMetadata = await sharp(input).metadata();
    const exif = exifReader(inputMetadata.exif as Buffer);
    expect(exif.Image).toMatchObject({ Make: 'Caravan Test Camera', Model: 'CT-1' });
    expect(exif.GPSInfo).toMatchObject({ GPSLatitudeRef: 'N', GPSLatitude: [38, 28, 0], GPSLongitude: [106, 16, 0] });
    expect(inputMetadata.xmp).toBeDefined();
    expect(inputMetadata.icc).toBeDefined();

    const photo = await processPhoto(input, { maxBytes: MAX_BYTES });

    expect(photo).toMatchObject({ width: 600, height: 800, contentType: 'image/jpeg', sourceFormat: 'jpeg' });
    expect(photo.sha256).toBe(createHash('sha256').update(photo.jpeg).digest('hex'));
    const output = await sharp(photo.jpeg).metadata();
    expect(output).toMatchObject({ format: 'jpeg', width: 600, height: 800, space: 'srgb', channels: 3 });
    expect({ exif: output.exif, xmp: output.xmp, iptc: output.iptc, icc: output.icc, orientation: output.orientation }).toEqual({
      exif: undefined,
      xmp: undefined,
      iptc: undefined,
      icc: undefined,
      orientation: undefined,
    });
    for (const trace of ['Caravan Test Camera', 'Jane Participant', 'GPS', 'Exif']) expect(photo.jpeg.includes(trace)).toBe(false);
  });

  it('gives the same bytes for the same photo, so the hash can name or deduplicate it', async () => {
    const input = await noisyImage(700, 900).png().toBuffer();
    const [first, second] = await Promise.all([processPhoto(input, { maxBytes: MAX_BYTES }), processPhoto(input, { maxBytes: MAX_BYTES })]);
    expect(first?.sha256).toBe(second?.sha256);
  });

  it('turns the photo upright by its EXIF orientation before cropping', async () => {
    // Stored sideways (red left, blue right) with orientation 6: shown turned 90° clockwise,
    // red on top. Without the turn, a 600×800 crop of the stored pixels would be red and blue side by side.
    const sideways = await halvesImage(1600, 1200, '#ff0000', '#0000ff').jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const photo = await processPhoto(sideways, { maxBytes: MAX_BYTES });
    const [top, bottom] = [await pixelAt(photo.jpeg, 300, 100), await pixelAt(photo.jpeg, 300, 700)];
    expect(top[0]).toBeGreaterThan(200);
    expect(top[2]).toBeLessThan(60);
    expect(bottom[2]).toBeGreaterThan(200);
    expect(bottom[0]).toBeLessThan(60);
  });

  it('judges the minimum size on the upright photo', async () => {
    const sideways = await noisyImage(500, 350).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    await expect(processPhoto(sideways, { maxBytes: MAX_BYTES })).resolves.toMatchObject({ width: 600, height: 800 });
    const flat = await noisyImage(500, 350).jpeg().toBuffer();
    expect(await refusal(flat)).toMatchObject({ code: 'PHOTO_TOO_SMALL', message: 'The photo is 500×350 pixels; a badge photo needs at least 300×400. Upload a larger photo.' });
  });

  it('reads the type from the content: a PNG named photo.jpg is a PNG', async () => {
    const path = join(directory, 'photo.jpg');
    await writeFile(path, await noisyImage(600, 800).png().toBuffer());
    const photo = await processPhoto(await readFile(path), { maxBytes: MAX_BYTES });
    expect(photo.sourceFormat).toBe('png');
    expect((await sharp(photo.jpeg).metadata()).format).toBe('jpeg');
  });

  it('accepts WebP, and flattens transparency onto white', async () => {
    const transparent = await sharp({ create: { width: 600, height: 800, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .webp({ lossless: true })
      .toBuffer();
    const photo = await processPhoto(transparent, { maxBytes: MAX_BYTES });
    expect(photo.sourceFormat).toBe('webp');
    expect(await pixelAt(photo.jpeg, 10, 10)).toEqual([255, 255, 255]);
  });

  it('converts a CMYK JPEG to sRGB', async () => {
    const cmyk = await noisyImage(600, 800).toColourspace('cmyk').jpeg().toBuffer();
    expect((await sharp(cmyk).metadata()).space).toBe('cmyk');
    const output = await sharp((await processPhoto(cmyk, { maxBytes: MAX_BYTES })).jpeg).metadata();
    expect(output).toMatchObject({ space: 'srgb', channels: 3 });
  });

  it('refuses a text file named photo.jpg as not an image', async () => {
    const path = join(directory, 'notes.jpg');
    await writeFile(path, 'Passport number: N1234567\nArrival: 24 October\n');
    expect(await refusal(await readFile(path))).toEqual(
      expect.objectContaining({ code: 'PHOTO_NOT_AN_IMAGE', message: 'The file is not an image; upload a JPEG, PNG or WebP photo.' }),
    );
  });

  it('refuses a PDF and an SVG as not images, though the decoder could read an SVG', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    expect(await refusal(pdf)).toMatchObject({ code: 'PHOTO_NOT_AN_IMAGE', message: 'The file is not an image (its content is application/pdf); upload a JPEG, PNG or WebP photo.' });
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800"><rect width="600" height="800" fill="red"/></svg>');
    await expect(sharp(svg).metadata()).resolves.toMatchObject({ format: 'svg' });
    expect(await refusal(svg)).toMatchObject({ code: 'PHOTO_NOT_AN_IMAGE' });
  });

  it('refuses HEIC with a way out: the prebuilt decoder has no HEVC', async () => {
    // A 600×800 HEIC made with libheif's heif-enc (x265); sharp cannot write HEVC itself.
    const heic = await readFile(join(__dirname, 'fixtures', 'portrait.heic'));
    await expect(sharp(heic).metadata()).resolves.toMatchObject({ format: 'heif', compression: 'hevc' });
    await expect(sharp(heic).jpeg().toBuffer()).rejects.toThrow(/HEVC/);
    expect(await refusal(heic)).toMatchObject({ code: 'PHOTO_UNSUPPORTED_FORMAT', message: expect.stringContaining('HEIC photos (the iPhone default) cannot be read here; export the photo as JPEG') });
  });

  it('refuses other image formats, naming the ones it takes', async () => {
    const gif = await sharp({ create: { width: 600, height: 800, channels: 3, background: '#336699' } }).gif().toBuffer();
    expect(await refusal(gif)).toMatchObject({ code: 'PHOTO_UNSUPPORTED_FORMAT', message: 'GIF images are not accepted; upload a JPEG, PNG or WebP photo.' });
  });

  it('refuses a truncated JPEG as unreadable', async () => {
    const whole = await noisyImage(900, 1200).jpeg().toBuffer();
    await expect(processPhoto(whole, { maxBytes: MAX_BYTES })).resolves.toBeDefined();
    const truncated = whole.subarray(0, Math.floor(whole.length * 0.6));
    expect(await refusal(truncated)).toMatchObject({
      code: 'PHOTO_UNREADABLE',
      message: 'The JPEG photo could not be read; it may be cut short or damaged. Save or export it again and upload the new file.',
    });
  });

  it('refuses a file over the byte limit, naming the limit', async () => {
    const input = await noisyImage(1200, 1600).jpeg({ quality: 95 }).toBuffer();
    expect(input.length).toBeGreaterThan(1_000_000);
    expect(await refusal(input, { maxBytes: 1_000_000 })).toMatchObject({ code: 'PHOTO_TOO_LARGE', message: expect.stringMatching(/^The photo is \d+\.\d MB; the limit is 1\.0 MB\. Upload a smaller file\.$/) });
  });

  it('refuses a decompression bomb from its header, before decoding it', async () => {
    const bomb = blackPng(20_000, 20_000);
    expect(bomb.length).toBeLessThan(200_000);
    await expect(sharp(bomb, { limitInputPixels: false }).metadata()).resolves.toMatchObject({ format: 'png', width: 20_000, height: 20_000 });
    expect(await refusal(bomb)).toMatchObject({
      code: 'PHOTO_TOO_LARGE',
      message: 'The photo is 20000×20000 pixels (400.0 megapixels); the limit is 50.0 megapixels. Upload a smaller photo.',
    });
    // The limit is a setting: a 1000×1000 photo is over a 0.5 megapixel limit.
    const ordinary = await noisyImage(1000, 1000).png().toBuffer();
    expect(await refusal(ordinary, { maxBytes: MAX_BYTES, maxInputPixels: 500_000 })).toMatchObject({ code: 'PHOTO_TOO_LARGE' });
  });

  it('describes its output', () => {
    expect(PHOTO_OUTPUT).toEqual({ width: 600, height: 800, quality: 82, contentType: 'image/jpeg' });
  });
});
