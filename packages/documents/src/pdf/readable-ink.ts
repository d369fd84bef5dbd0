// Picks black-ish or white text for a colour band whose colour comes from data (a category).
import { contrastRatio } from '@caravan/themes';

const DARK_INK = '#111111';
const LIGHT_INK = '#FFFFFF';

export const readableInk = (background: string): string =>
  contrastRatio(DARK_INK, background) >= contrastRatio(LIGHT_INK, background) ? DARK_INK : LIGHT_INK;
