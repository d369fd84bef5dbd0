// The benchmark's photos: a few small JPEG portraits made with sharp, shared by all
// participants as a real edition's photos would be stored (about 300 × 400 pixels, ~10 kB).
import sharp from 'sharp';

const TONES = [
  ['#7FA7C9', '#2F4F6F', '#E8C39E'],
  ['#C9A27F', '#6F4A2F', '#D9A57B'],
  ['#9FC97F', '#3F6F2F', '#F0CDA8'],
  ['#C97F9F', '#6F2F4F', '#C68E6A'],
  ['#A0A0C0', '#30304F', '#B98A62'],
  ['#D0C080', '#504020', '#F2D2B0'],
] as const;

export async function portraits(count: number): Promise<Buffer[]> {
  return Promise.all(
    Array.from({ length: count }, (_, index) => {
      const [backdrop, clothes, skin] = TONES[index % TONES.length]!;
      // Noise makes the JPEG compress like a photograph rather than like flat colour.
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="400">
        <filter id="n"><feTurbulence baseFrequency="0.8" numOctaves="2" seed="${index}"/><feColorMatrix type="saturate" values="0"/><feBlend in="SourceGraphic" mode="multiply"/></filter>
        <g filter="url(#n)"><rect width="300" height="400" fill="${backdrop}"/>
        <ellipse cx="150" cy="390" rx="140" ry="120" fill="${clothes}"/>
        <ellipse cx="150" cy="170" rx="70" ry="88" fill="${skin}"/></g></svg>`;
      return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
    }),
  );
}
