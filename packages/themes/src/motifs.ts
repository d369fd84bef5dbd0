// The built-in ornament motifs: small SVG tiles that repeat as a band, each drawn with a few named
// inks a theme may recolour. Output is fixed markup with only validated colours inserted, so a
// motif needs no sanitising.

export interface Motif {
  /** What the motif depicts, for documentation and as the default description. */
  description: string;
  /** Default colour of each ink. */
  inks: Readonly<Record<string, string>>;
  render: (inks: Readonly<Record<string, string>>) => string;
}

const svgTile = (size: number, body: string[]): string =>
  [`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">`, ...body, '</svg>'].join('');

export const MOTIFS = {
  // The star is two squares of circumradius 18 around (30,30); its concave corners lie on the
  // radius 18·cos45°/cos22.5° ≈ 13.78, which is where the 16 vertices below come from.
  'girih-star': {
    description:
      'A repeating girih-style lattice: a turquoise eight-pointed star with a sand-coloured centre, joined to its neighbours by gold strapwork lines.',
    inks: { line: '#D9B45A', star: '#2A9D9A', centre: '#F3E6C4' },
    render: (inks) =>
      svgTile(60, [
        `<g fill="none" stroke="${inks['line']}" stroke-width="1.5" stroke-linejoin="round">`,
        `<path d="M48 30L42.73 35.27L42.73 42.73L35.27 42.73L30 48L24.73 42.73L17.27 42.73L17.27 35.27L12 30L17.27 24.73L17.27 17.27L24.73 17.27L30 12L35.27 17.27L42.73 17.27L42.73 24.73Z" fill="${inks['star']}"/>`,
        '<path d="M48 30H60M12 30H0M30 12V0M30 48V60M42.73 42.73L60 60M17.27 42.73L0 60M17.27 17.27L0 0M42.73 17.27L60 0"/>',
        `<circle cx="30" cy="30" r="5" fill="${inks['centre']}"/>`,
        '</g>',
      ]),
  },
  'carpet-medallion': {
    description:
      'A repeating carpet medallion: a deep-wine lozenge holding a stepped pomegranate-red cross, with gold hooks at the corners that interlace with the neighbouring tiles.',
    inks: { field: '#5E1730', gold: '#E0A93B', cross: '#C23B3B', light: '#F3E8DC' },
    render: (inks) =>
      svgTile(56, [
        `<path d="M28 4L52 28L28 52L4 28Z" fill="${inks['field']}" stroke="${inks['gold']}" stroke-width="2" stroke-linejoin="round"/>`,
        `<path d="M25 12H31V18H37V25H44V31H37V38H31V44H25V38H19V31H12V25H19V18H25Z" fill="${inks['cross']}" stroke="${inks['light']}" stroke-width="1.2"/>`,
        `<path d="M28 21V35M21 28H35" stroke="${inks['light']}" stroke-width="3" stroke-linecap="square"/>`,
        `<path d="M0 10H6V4M56 10H50V4M0 46H6V52M56 46H50V52" fill="none" stroke="${inks['gold']}" stroke-width="2"/>`,
      ]),
  },
  'grid-dot': {
    description: 'A quiet grid of thin grey lines with an amber dot at each crossing.',
    inks: { line: '#C9D2DE', dot: '#E0A526' },
    render: (inks) =>
      svgTile(32, [
        `<path d="M0 16H32M16 0V32" stroke="${inks['line']}" stroke-width="1"/>`,
        `<circle cx="16" cy="16" r="3" fill="${inks['dot']}"/>`,
      ]),
  },
} as const satisfies Record<string, Motif>;

export type MotifKey = keyof typeof MOTIFS;

export const MOTIF_KEYS = Object.keys(MOTIFS) as MotifKey[];

/** The motif's SVG with `inks` over its default colours; inks are validated colours. */
export function renderMotif(key: MotifKey, inks: Readonly<Record<string, string>> = {}): string {
  const motif: Motif = MOTIFS[key];
  return motif.render({ ...motif.inks, ...inks });
}
