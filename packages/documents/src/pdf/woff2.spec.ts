import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { decompress } from 'wawoff2';
import { serialized, woff2ToTrueType } from './woff2.js';

const require = createRequire(__filename);
const fontFile = (pkg: string, file: string): Buffer => readFileSync(join(dirname(require.resolve(`@fontsource/${pkg}/package.json`)), 'files', file));
const FILES = [
  fontFile('noto-sans', 'noto-sans-latin-400-normal.woff2'),
  fontFile('noto-sans', 'noto-sans-cyrillic-700-normal.woff2'),
  fontFile('noto-sans-sc', 'noto-sans-sc-119-400-normal.woff2'),
  fontFile('noto-sans-armenian', 'noto-sans-armenian-armenian-400-normal.woff2'),
];

/** Decompresses every file at once and tells, per file, whether the bytes match a lone decompression. */
async function concurrentMatchesSerial(convert: (woff2: Uint8Array) => Promise<Buffer>): Promise<boolean[]> {
  const alone: Buffer[] = [];
  for (const file of FILES) alone.push(await woff2ToTrueType(file));
  const together = await Promise.all(FILES.map(convert));
  return together.map((bytes, index) => bytes.equals(alone[index]!));
}

describe(woff2ToTrueType.name, () => {
  it('gives TrueType fonts, correct however many calls overlap', async () => {
    expect(await concurrentMatchesSerial(woff2ToTrueType)).toEqual([true, true, true, true]);
    expect((await woff2ToTrueType(FILES[0]!)).readUInt32BE(0)).toBe(0x0001_0000); // TrueType sfnt version
  });

  it('needs its guard: the same overlapping calls straight to wawoff2 corrupt earlier results', async () => {
    const unguarded = async (woff2: Uint8Array): Promise<Buffer> => Buffer.from(await decompress(woff2));
    expect(await concurrentMatchesSerial(unguarded)).toContain(false);
  });
});

describe(serialized.name, () => {
  it('runs calls one at a time in call order, and a failure does not stop the next', async () => {
    const log: string[] = [];
    const slowEcho = serialized(async (name: string, fail = false) => {
      log.push(`start ${name}`);
      await new Promise((resolve) => setImmediate(resolve));
      log.push(`end ${name}`);
      if (fail) throw new Error(name);
      return name;
    });
    const results = await Promise.allSettled([slowEcho('a'), slowEcho('b', true), slowEcho('c')]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });
});
