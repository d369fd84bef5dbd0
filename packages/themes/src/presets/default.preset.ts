// Neutral preset for series without a regional theme yet, and the fallback for unknown keys.
import type { StoredTheme } from '../theme-schema.js';

export const defaultPreset: StoredTheme = {
  schemaVersion: 1,
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
    // The amber accent is too light for a focus ring on white; a darker amber is not.
    focus: '#9A6A00',
  },
  typography: {
    headingFont: 'system-sans',
    bodyFont: 'system-sans',
    scale: { kind: 'ratio', baseSize: 16, ratio: 1.2 },
  },
  ornament: {
    kind: 'motif',
    motif: 'grid-dot',
    alt: { en: 'Plain grid band', ru: 'Простая полоса с сеткой', 'zh-Hans': '简洁的网格饰带' },
  },
};
