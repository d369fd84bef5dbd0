// Preset for forums with South Caucasus partners: pomegranate and deep wine on mountain-stone
// surfaces, with a stepped medallion after Caucasian pile carpets and interlaced corner hooks.
import type { StoredTheme } from '../theme-schema.js';

export const southCaucasusPreset: StoredTheme = {
  schemaVersion: 1,
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
    focus: '#C23B3B',
  },
  typography: {
    headingFont: 'classic-serif',
    bodyFont: 'system-sans',
    scale: { kind: 'ratio', baseSize: 16, ratio: 1.2 },
  },
  ornament: {
    kind: 'motif',
    motif: 'carpet-medallion',
    alt: {
      en: 'Band of wine-red carpet medallions with stepped crosses and gold hooks, after South Caucasian rugs',
      ru: 'Полоса винно-красных ковровых медальонов со ступенчатыми крестами и золотыми крючками, по мотивам южнокавказских ковров',
      'zh-Hans': '酒红色地毯纹章饰带,带阶梯十字和金色钩纹,取自南高加索地毯',
    },
  },
};
