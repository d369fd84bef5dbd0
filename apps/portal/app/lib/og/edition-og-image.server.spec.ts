import { themes } from '@caravan/themes';
import sharp from 'sharp';
import { editionOgPng, editionOgSvg, textWidth, wrapText } from './edition-og-image.server.js';

const text = { siteName: 'Caravan', title: 'China–Central Asia Forum, edition 11', theme: 'Connectivity & <trade> along the Silk Road', facts: '25–28 October 2024 · Xi’an' };

describe(editionOgPng.name, () => {
  it('draws a 1200×630 PNG', async () => {
    const png = await editionOgPng(text, themes['central-asia']);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const { width, height, format } = await sharp(png).metadata();
    expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: 'png' });
  });

  it('wears the theme and escapes the texts', () => {
    const svg = editionOgSvg(text, themes['south-caucasus']);
    expect(svg).toContain(`fill="${themes['south-caucasus'].colors.primary}"`);
    expect(svg).toContain('Connectivity &#38; &#60;trade&#62;');
    expect(svg).not.toContain('<trade>');
  });
});

describe(wrapText.name, () => {
  it('lays words into lines of the given width', () => {
    expect(wrapText('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
  });

  it('cuts the last line with an ellipsis when the text does not fit', () => {
    expect(wrapText('one two three four five', 9, 2)).toEqual(['one two', 'three…']);
  });

  it('breaks a word longer than a line between its characters, counting Chinese characters as wide', () => {
    expect(wrapText('中国—中亚合作论坛', 8, 3)).toEqual(['中国—中', '亚合作论', '坛']);
    expect(wrapText('abcdefghij', 4, 2)).toEqual(['abcd', 'efg…']);
    expect(textWidth('中亚 ab')).toBe(7);
  });
});
