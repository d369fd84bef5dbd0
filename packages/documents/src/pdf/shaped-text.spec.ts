import { FontLibrary } from './font-library.js';
import type { ShapedText } from './shaped-text.js';

const fonts = FontLibrary.get();
const lineTexts = (shaped: ShapedText, width: number, size: number): string[] =>
  shaped.lines(width, size).map(([from, to]) => shaped.graphemes.slice(from, to).map((g) => g.text).join(''));

describe('ShapedText', () => {
  it('measures from the fonts’ advances', async () => {
    const shaped = await fonts.shape('Wang Xiaoming', 400);
    expect(shaped.width(20)).toBeCloseTo(2 * shaped.width(10), 6);
    expect(shaped.width(10)).toBeGreaterThan(50);
    expect(shaped.width(10)).toBeLessThan(90);
  });

  it('breaks Latin at spaces and drops the spaces at line ends', async () => {
    const shaped = await fonts.shape('Ministry of Trade and Integration of the Republic of Kazakhstan', 400);
    const lines = lineTexts(shaped, 150, 10);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(shaped.text);
    for (const [from, to] of shaped.lines(150, 10)) expect(shaped.width(10, from, to)).toBeLessThanOrEqual(150);
  });

  it('breaks Chinese between any two characters, and cuts a word wider than the line', async () => {
    const chinese = await fonts.shape('宁夏回族自治区人民政府', 400);
    expect(lineTexts(chinese, 40, 10)).toEqual(['宁夏回族', '自治区人', '民政府']);
    const word = await fonts.shape('Täçmyradowowowowow', 400);
    const lines = lineTexts(word, 40, 10);
    expect(lines.join('')).toBe('Täçmyradowowowowow');
    expect(lines.length).toBeGreaterThan(2);
  });
});
