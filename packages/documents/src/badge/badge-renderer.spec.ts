import { createKeyring, generateEditionKeyPair, signCredential, verifyCredential } from '../credential/index.js';
import { decodeQrCodes, memorySink, pdfPageCount, pdfPageSize, pdfText } from '../testing/pdf-tools.fixtures.js';
import { portraitJpeg, portraitPng } from '../testing/portraits.fixtures.js';
import { caucasusDesign, centralAsiaDesign, SCRIPT_SAMPLES } from '../testing/participants.fixtures.js';
import { DocumentInputError } from '../pdf/document-input.error.js';
import { A4, A6 } from './badge-geometry.js';
import type { BadgeInput } from './badge-input.schema.js';
import { createBadgeRenderer } from './badge-renderer.js';

const EDITION = 'cca-11';
const key = generateEditionKeyPair();
const keyring = createKeyring(EDITION, [{ editionId: EDITION, publicKey: key.publicKey }]);

const credentialFor = (badgeNumber: number): string =>
  signCredential(key.privateKey, { badgeNumber, serial: 1, zones: [0, 2], days: ['2024-10-25', '2024-10-26'], issuedAt: new Date('2024-10-01T08:00:00Z') });

async function badgeOf(index: number, photo = true): Promise<BadgeInput> {
  const sample = SCRIPT_SAMPLES[index % SCRIPT_SAMPLES.length]!;
  return {
    badgeNumber: 1000 + index,
    names: [...sample.names],
    organization: sample.organization,
    category: { name: index % 2 === 0 ? 'Delegate' : 'Media', colour: index % 2 === 0 ? '#1D6FB8' : '#F2C14E' },
    photo: photo ? (index % 2 === 0 ? await portraitJpeg(index) : await portraitPng(index)) : undefined,
    credential: credentialFor(1000 + index),
  };
}

async function render(write: (destination: NodeJS.WritableStream & import('node:stream').Writable) => Promise<unknown>): Promise<Buffer> {
  const sink = memorySink();
  await write(sink.stream);
  return sink.bytes();
}

describe(createBadgeRenderer.name, () => {
  it.each(SCRIPT_SAMPLES.map((sample, index) => [sample.script, index] as const))('prints a %s name that pdftotext reads back and a QR code that verifies', async (_script, index) => {
    const renderer = await createBadgeRenderer(centralAsiaDesign);
    const badge = await badgeOf(index);
    const pdf = await render((out) => renderer.writeBadge(badge, out));

    const text = await pdfText(pdf);
    for (const name of badge.names) expect(text).toContain(name);
    expect(text).toContain(badge.organization);
    expect(text).toContain(badge.category.name);
    expect(text).toContain('China–Central Asia Cooperation Forum');
    expect(await pdfPageSize(pdf)).toEqual([Math.round(A6[0] * 100) / 100, Math.round(A6[1] * 100) / 100].map((n) => expect.closeTo(n, 0)));

    const [scanned] = await decodeQrCodes(pdf);
    expect(scanned).toBe(badge.credential);
    expect(verifyCredential(keyring, scanned!)).toMatchObject({ status: 'valid', claims: { badgeNumber: 1000 + index } });
  });

  it('merges one A6 page per badge, and four badges per A4 sheet', async () => {
    const renderer = await createBadgeRenderer(caucasusDesign);
    const badges = await Promise.all(Array.from({ length: 9 }, (_, index) => badgeOf(index, index % 3 !== 0)));

    const pages = await render((out) => renderer.writeBadges(badges, out));
    expect(await pdfPageCount(pages)).toBe(9);

    const sink = memorySink();
    const result = await renderer.writeBadges(badges, sink.stream, { layout: 'a4-sheet' });
    const sheets = sink.bytes();
    expect(result).toEqual({ badges: 9, pages: 3 });
    expect(await pdfPageCount(sheets)).toBe(3);
    expect(await pdfPageSize(sheets)).toEqual([expect.closeTo(A4[0], 0), expect.closeTo(A4[1], 0)]);
    const firstSheet = await pdfText(sheets, 1);
    for (const badge of badges.slice(0, 4)) expect(firstSheet).toContain(badge.names[0]);
    const codes = await decodeQrCodes(sheets, 1);
    expect([...codes].sort()).toEqual(badges.slice(0, 4).map((badge) => badge.credential).sort());
  });

  it('takes badges from an async iterable', async () => {
    const renderer = await createBadgeRenderer(centralAsiaDesign);
    async function* stream() {
      for (let index = 0; index < 5; index++) yield await badgeOf(index, false);
    }
    const sink = memorySink();
    expect(await renderer.writeBadges(stream(), sink.stream, { layout: 'a4-sheet' })).toEqual({ badges: 5, pages: 2 });
    expect(await pdfPageCount(sink.bytes())).toBe(2);
  });

  it('refuses a bad badge of an array, naming it, before writing a byte', async () => {
    const renderer = await createBadgeRenderer(centralAsiaDesign);
    const badges = [await badgeOf(0), { ...(await badgeOf(1)), names: ['Ali', 'علي'] }];
    const sink = memorySink();
    await expect(renderer.writeBadges(badges, sink.stream)).rejects.toThrow(new DocumentInputError('badges[1].names[1]', 'no bundled font draws "ع" (U+0639), "ل" (U+0644), "ي" (U+064A)'));
    expect(sink.bytes()).toHaveLength(0);
  });

  it('destroys the destination when an async iterable yields a bad badge', async () => {
    const renderer = await createBadgeRenderer(centralAsiaDesign);
    async function* stream() {
      yield await badgeOf(0);
      yield { ...(await badgeOf(1)), photo: Buffer.from('GIF89a') };
    }
    const sink = memorySink();
    await expect(renderer.writeBadges(stream(), sink.stream)).rejects.toThrow('badges[1].photo: must be a JPEG or PNG image');
    expect(sink.stream.destroyed).toBe(true);
  });

  it.each([
    [{ category: { name: 'Delegate', colour: 'blue' } }, 'badge.category.colour: must be a #RGB or #RRGGBB colour'],
    [{ names: [] }, 'badge.names: must hold the participant’s name'],
    [{ names: ['Line one\nline two'] }, 'badge.names[0]: must be one line without control characters'],
    [{ credential: '' }, 'badge.credential: must hold the signed credential'],
  ])('names the field of a bad badge: %j', async (change, message) => {
    const renderer = await createBadgeRenderer(centralAsiaDesign);
    await expect(renderer.writeBadge({ ...(await badgeOf(0)), ...change } as BadgeInput, memorySink().stream)).rejects.toThrow(message);
  });

  it('names the design field that is wrong', async () => {
    await expect(createBadgeRenderer({ ...centralAsiaDesign, theme: { ...centralAsiaDesign.theme, ornamentSvg: '<div/>' } })).rejects.toThrow(
      'design.theme.ornamentSvg: is not an SVG document (no <svg> element)',
    );
    await expect(createBadgeRenderer({ ...centralAsiaDesign, seriesName: ' ' })).rejects.toThrow('design.seriesName: must not be empty');
  });
});
