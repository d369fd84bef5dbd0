// Theme for forums with South Caucasus partners: pomegranate and deep wine on mountain-stone
// surfaces, with a stepped medallion after Caucasian pile carpets and interlaced corner hooks.
import { CLASSIC_SERIF, SYSTEM_SANS } from '../font-stacks.js';
import type { Theme } from '../theme.types.js';

const CARPET_TILE = [
  '<svg xmlns="http://www.w3.org/2000/svg" width="56" height="56" viewBox="0 0 56 56">',
  '<path d="M28 4L52 28L28 52L4 28Z" fill="#5E1730" stroke="#E0A93B" stroke-width="2" stroke-linejoin="round"/>',
  '<path d="M25 12H31V18H37V25H44V31H37V38H31V44H25V38H19V31H12V25H19V18H25Z" fill="#C23B3B" stroke="#F3E8DC" stroke-width="1.2"/>',
  '<path d="M28 21V35M21 28H35" stroke="#F3E8DC" stroke-width="3" stroke-linecap="square"/>',
  '<path d="M0 10H6V4M56 10H50V4M0 46H6V52M56 46H50V52" fill="none" stroke="#E0A93B" stroke-width="2"/>',
  '</svg>',
].join('');

export const southCaucasusTheme: Theme = {
  key: 'south-caucasus',
  name: 'Pomegranate and stone (South Caucasus)',
  colors: {
    primary: '#6E1A37',
    onPrimary: '#FFFFFF',
    accent: '#C23B3B',
    surface: '#F6F3F0',
    text: '#2B2326',
    muted: '#5D5458',
    border: '#D9CFC9',
  },
  typography: {
    heading: CLASSIC_SERIF,
    body: SYSTEM_SANS,
  },
  ornament: {
    svg: CARPET_TILE,
    description:
      'A repeating carpet medallion: a deep-wine lozenge holding a stepped pomegranate-red cross, with gold hooks at the corners that interlace with the neighbouring tiles.',
  },
  imagery: {
    alt: 'Band of wine-red carpet medallions with stepped crosses and gold hooks, after South Caucasian rugs',
  },
};
