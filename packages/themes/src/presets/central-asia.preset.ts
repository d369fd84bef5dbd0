// Preset for forums with Central Asian partners: lapis and turquoise tiles, desert-sand surfaces
// and an eight-pointed star lattice after the girih work on Silk Road madrasas and caravanserais.
import type { StoredTheme } from '../theme-schema.js';

export const centralAsiaPreset: StoredTheme = {
  schemaVersion: 1,
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
    // The gold accent is too light for a focus ring on sand; a deep turquoise from the tiles is not.
    focus: '#1F7A78',
  },
  typography: {
    headingFont: 'book-serif',
    bodyFont: 'humanist-sans',
    scale: { kind: 'ratio', baseSize: 16, ratio: 1.25 },
  },
  ornament: {
    kind: 'motif',
    motif: 'girih-star',
    alt: {
      en: 'Band of turquoise eight-pointed stars in gold strapwork on lapis blue, recalling Silk Road tilework',
      ru: 'Полоса бирюзовых восьмиконечных звёзд в золотой плетёнке на лазурном фоне, как в изразцах Шёлкового пути',
      'zh-Hans': '青金石蓝底上以金色条带相连的绿松石八角星饰带,令人想起丝绸之路上的瓷砖',
    },
  },
};
