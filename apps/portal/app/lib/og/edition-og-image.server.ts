// The Open Graph image of an edition: a 1200×630 PNG wearing its series' theme (colours and the
// ornament band) with the edition's title, theme, dates and host city in the page's language.
// Drawn as SVG and rasterised by sharp (librsvg, system fonts through fontconfig), so Cyrillic,
// Chinese, Georgian and Armenian text renders with the fonts the server has.
import type { Theme } from '@caravan/themes';
import sharp from 'sharp';
import { OG_IMAGE_SIZE } from './edition-og-meta.js';

const { width: OG_IMAGE_WIDTH, height: OG_IMAGE_HEIGHT } = OG_IMAGE_SIZE;

export interface EditionOgText {
  /** "China–Central Asia Forum, edition 11", in the page's language. */
  title: string;
  /** The edition's theme; wrapped over at most three lines. */
  theme: string;
  /** Dates and host city, one line. */
  facts: string;
  siteName: string;
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

// East Asian wide characters take about twice the width of a Latin letter.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The width of a text in Latin letters' widths, roughly. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** The longest start of `text` that fits `width`. */
function fitting(text: string, width: number): string {
  let taken = '';
  for (const char of text) {
    if (textWidth(taken + char) > width) break;
    taken += char;
  }
  return taken;
}

/**
 * A text laid into lines of at most `width` (see textWidth), `maxLines` at most, the last one
 * ending in "…" when the text goes on. Lines break between words; a word longer than a line (as
 * Chinese is written, without spaces) breaks between its characters.
 */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.trim().split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    while (textWidth(word) > width) {
      const head = fitting(word, width);
      lines.push(head);
      word = word.slice(head.length);
    }
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${fitting(kept[maxLines - 1] ?? '', width - 1)}…`;
  return kept;
}

/** The image as SVG markup (what is rasterised): exported for its tests. */
export function editionOgSvg(text: EditionOgText, theme: Theme): string {
  const { colors, typography, ornament } = theme;
  const themeLines = wrapText(text.theme, 38, 3);
  const font = (stack: string) => escapeXml(stack);
  const themeText = themeLines
    .map((line, index) => `<tspan x="80" dy="${index === 0 ? 0 : 64}">${escapeXml(line)}</tspan>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_IMAGE_WIDTH}" height="${OG_IMAGE_HEIGHT}" viewBox="0 0 ${OG_IMAGE_WIDTH} ${OG_IMAGE_HEIGHT}">`,
    `<defs><pattern id="ornament" patternUnits="userSpaceOnUse" width="60" height="60">${ornament.svg}</pattern></defs>`,
    `<rect width="${OG_IMAGE_WIDTH}" height="${OG_IMAGE_HEIGHT}" fill="${colors.primary}"/>`,
    `<rect y="${OG_IMAGE_HEIGHT - 90}" width="${OG_IMAGE_WIDTH}" height="90" fill="${colors.surface}"/>`,
    `<rect y="${OG_IMAGE_HEIGHT - 90}" width="${OG_IMAGE_WIDTH}" height="90" fill="url(#ornament)"/>`,
    `<rect y="${OG_IMAGE_HEIGHT - 96}" width="${OG_IMAGE_WIDTH}" height="6" fill="${colors.accent}"/>`,
    `<text x="80" y="110" fill="${colors.accent}" font-family="${font(typography.body)}" font-size="30" font-weight="700">${escapeXml(text.siteName)}</text>`,
    `<text x="80" y="190" fill="${colors.onPrimary}" font-family="${font(typography.heading)}" font-size="48" font-weight="700">${escapeXml(wrapText(text.title, 42, 1).join(''))}</text>`,
    `<text x="80" y="285" fill="${colors.onPrimary}" font-family="${font(typography.heading)}" font-size="52">${themeText}</text>`,
    `<text x="80" y="${OG_IMAGE_HEIGHT - 130}" fill="${colors.onPrimary}" font-family="${font(typography.body)}" font-size="32">${escapeXml(text.facts)}</text>`,
    '</svg>',
  ].join('');
}

/** The PNG bytes of an edition's Open Graph image. */
export async function editionOgPng(text: EditionOgText, theme: Theme): Promise<Buffer> {
  return sharp(Buffer.from(editionOgSvg(text, theme)), { density: 72 }).png({ compressionLevel: 9 }).toBuffer();
}
