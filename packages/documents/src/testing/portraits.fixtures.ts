// Small portrait photos made with sharp from an SVG drawing: a few distinct JPEGs and a PNG,
// the way badge photos arrive (cropped, about 300 × 400 pixels).
import sharp from 'sharp';

const PALETTES = [
  ['#7FA7C9', '#2F4F6F', '#E8C39E'],
  ['#C9A27F', '#6F4A2F', '#D9A57B'],
  ['#9FC97F', '#3F6F2F', '#F0CDA8'],
  ['#C97F9F', '#6F2F4F', '#C68E6A'],
] as const;

function portraitSvg(index: number): string {
  const [backdrop, clothes, skin] = PALETTES[index % PALETTES.length]!;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="400">
    <rect width="300" height="400" fill="${backdrop}"/>
    <ellipse cx="150" cy="390" rx="140" ry="120" fill="${clothes}"/>
    <ellipse cx="150" cy="170" rx="70" ry="88" fill="${skin}"/>
    <circle cx="${125 + (index % 3)}" cy="160" r="7" fill="#222"/><circle cx="175" cy="160" r="7" fill="#222"/>
    <path d="M120 215 Q150 ${235 + index * 3} 180 215" stroke="#6a2a2a" stroke-width="5" fill="none"/>
  </svg>`;
}

export const portraitJpeg = (index: number): Promise<Buffer> => sharp(Buffer.from(portraitSvg(index))).jpeg({ quality: 78 }).toBuffer();

export const portraitPng = (index: number): Promise<Buffer> => sharp(Buffer.from(portraitSvg(index))).png().toBuffer();
