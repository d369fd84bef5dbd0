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

/** Words laid into lines of at most `width` characters, `maxLines` at most (the last one ending in "…" when cut). */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= width || !line) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines.map((each) => (each.length > width ? `${each.slice(0, width - 1)}…` : each));
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.slice(0, width - 1)}…`;
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
    `<text x="80" y="190" fill="${colors.onPrimary}" font-family="${font(typography.heading)}" font-size="48" font-weight="700">${escapeXml(text.title)}</text>`,
    `<text x="80" y="285" fill="${colors.onPrimary}" font-family="${font(typography.heading)}" font-size="52">${themeText}</text>`,
    `<text x="80" y="${OG_IMAGE_HEIGHT - 130}" fill="${colors.onPrimary}" font-family="${font(typography.body)}" font-size="32">${escapeXml(text.facts)}</text>`,
    '</svg>',
  ].join('');
}

/** The PNG bytes of an edition's Open Graph image. */
export async function editionOgPng(text: EditionOgText, theme: Theme): Promise<Buffer> {
  return sharp(Buffer.from(editionOgSvg(text, theme)), { density: 72 }).png({ compressionLevel: 9 }).toBuffer();
}
