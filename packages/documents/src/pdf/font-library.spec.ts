import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FONT_PACKAGES, FONT_WEIGHTS, FontLibrary, UnsupportedCharacterError } from './font-library.js';

const fonts = FontLibrary.get();
const faceKeys = async (text: string, weight: 400 | 700 = 400): Promise<[string, string][]> =>
  (await fonts.shape(text, weight)).runs().map((run) => [run.text, run.face.key]);

describe(FontLibrary.name, () => {
  it('draws with packages this package depends on, at both weights', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const name of FONT_PACKAGES) expect(manifest.dependencies).toHaveProperty([name]);
    expect(FONT_WEIGHTS).toEqual([400, 700]);
    expect(fonts.faceCount).toBeGreaterThan(200); // Chinese alone is split into about a hundred subsets per weight
  });

  it('splits mixed scripts into runs of the subset that draws each', async () => {
    // Fontsource slices Chinese by frequency, so neighbouring characters often sit in different subsets.
    expect(await faceKeys('王晓明 (Wang Xiaoming)')).toEqual([
      ['王', expect.stringMatching(/^noto-sans-sc-\d+-400$/)],
      ['晓', 'noto-sans-sc-112-400'],
      ['明', 'noto-sans-sc-118-400'],
      [' (Wang Xiaoming)', 'noto-sans-latin-400'],
    ]);
    expect(await faceKeys('Әлия Ivanova', 700)).toEqual([
      ['Ә', 'noto-sans-cyrillic-ext-700'],
      ['лия', 'noto-sans-cyrillic-700'],
      [' Ivanova', 'noto-sans-latin-700'],
    ]);
    expect(await faceKeys('ნინო')).toEqual([['ნინო', 'noto-sans-georgian-georgian-400']]);
    expect(await faceKeys('Արմեն')).toEqual([['Արմեն', 'noto-sans-armenian-armenian-400']]);
    expect(await faceKeys('Nguyễn Łęcka')).toEqual([
      ['Nguy', 'noto-sans-latin-400'],
      ['ễ', 'noto-sans-vietnamese-400'],
      ['n ', 'noto-sans-latin-400'],
      ['Łę', 'noto-sans-latin-ext-400'],
      ['cka', 'noto-sans-latin-400'],
    ]);
  });

  it('keeps a letter and its combining accent in one font', async () => {
    const shaped = await fonts.shape('Е́лена', 400); // Е + U+0301 COMBINING ACUTE ACCENT
    expect(shaped.graphemes[0]!.text).toBe('Е́');
    expect(shaped.graphemes[0]!.face.key).toBe('noto-sans-cyrillic-400');
  });

  it('lists every character no bundled font draws', async () => {
    await expect(fonts.shape('Ali علي 😀', 400)).rejects.toThrow(UnsupportedCharacterError);
    await expect(fonts.shape('Ali علي', 400)).rejects.toThrow('no bundled font draws "ع" (U+0639), "ل" (U+0644), "ي" (U+064A)');
  });
});
