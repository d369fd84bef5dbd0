// Neutral theme for series without a regional theme yet, and the fallback for unknown keys.
import { SYSTEM_SANS } from '../font-stacks.js';
import type { Theme } from '../theme.types.js';

const DOT_TILE = [
  '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">',
  '<path d="M0 16H32M16 0V32" stroke="#C9D2DE" stroke-width="1"/>',
  '<circle cx="16" cy="16" r="3" fill="#E0A526"/>',
  '</svg>',
].join('');

export const defaultTheme: Theme = {
  key: 'default',
  name: 'Neutral',
  colors: {
    primary: '#2F4B6E',
    onPrimary: '#FFFFFF',
    accent: '#E0A526',
    surface: '#FFFFFF',
    text: '#1C1F24',
    muted: '#5B6470',
    border: '#DDE1E6',
  },
  typography: {
    heading: SYSTEM_SANS,
    body: SYSTEM_SANS,
  },
  ornament: {
    svg: DOT_TILE,
    description: 'A quiet grid of thin grey lines with an amber dot at each crossing.',
  },
  imagery: {
    alt: 'Plain grid band',
  },
};
