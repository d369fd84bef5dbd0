// Theme for forums with Central Asian partners: lapis and turquoise tiles, desert-sand surfaces and
// an eight-pointed star lattice after the girih work on Silk Road madrasas and caravanserais.
import { BOOK_SERIF, HUMANIST_SANS } from '../font-stacks.js';
import type { Theme } from '../theme.types.js';

// The star is two squares of circumradius 18 around (30,30); its concave corners lie on the radius
// 18·cos45°/cos22.5° ≈ 13.78, which is where the 16 vertices below come from.
const GIRIH_TILE = [
  '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60" viewBox="0 0 60 60">',
  '<g fill="none" stroke="#D9B45A" stroke-width="1.5" stroke-linejoin="round">',
  '<path d="M48 30L42.73 35.27L42.73 42.73L35.27 42.73L30 48L24.73 42.73L17.27 42.73L17.27 35.27L12 30L17.27 24.73L17.27 17.27L24.73 17.27L30 12L35.27 17.27L42.73 17.27L42.73 24.73Z" fill="#2A9D9A"/>',
  '<path d="M48 30H60M12 30H0M30 12V0M30 48V60M42.73 42.73L60 60M17.27 42.73L0 60M17.27 17.27L0 0M42.73 17.27L60 0"/>',
  '<circle cx="30" cy="30" r="5" fill="#F3E6C4"/>',
  '</g>',
  '</svg>',
].join('');

export const centralAsiaTheme: Theme = {
  key: 'central-asia',
  name: 'Lapis and sand (Central Asia)',
  colors: {
    primary: '#1D3B8B',
    onPrimary: '#FFFFFF',
    accent: '#C99A2E',
    surface: '#FBF6EA',
    text: '#1A2238',
    muted: '#545C70',
    border: '#E3D5B5',
  },
  typography: {
    heading: BOOK_SERIF,
    body: HUMANIST_SANS,
  },
  ornament: {
    svg: GIRIH_TILE,
    description:
      'A repeating girih-style lattice: a turquoise eight-pointed star with a sand-coloured centre, joined to its neighbours by gold strapwork lines.',
  },
  imagery: {
    alt: 'Band of turquoise eight-pointed stars in gold strapwork on lapis blue, recalling Silk Road tilework',
  },
};
