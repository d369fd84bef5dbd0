// The series design every benchmark thread renders with: the China–Central Asia theme.
import type { BadgeDesign } from '@caravan/documents/badge';
import { themes } from '@caravan/themes';

const theme = themes['central-asia'];

export const BENCH_DESIGN: BadgeDesign = {
  seriesName: 'China–Central Asia Cooperation Forum',
  editionTitle: '11th edition · Yinchuan · 25–28 October 2024',
  theme: {
    colours: { primary: theme.colors.primary, onPrimary: theme.colors.onPrimary, accent: theme.colors.accent, background: theme.colors.surface, text: theme.colors.text },
    ornamentSvg: theme.ornament.svg,
  },
};
