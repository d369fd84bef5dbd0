import { contrastRatio, getTheme, ornamentCssUrl, themes, themeToCssVariables, THEME_KEYS } from './index.js';
import type { ThemeColors } from './index.js';

const COLOR_TOKENS: (keyof ThemeColors)[] = ['primary', 'onPrimary', 'accent', 'surface', 'text', 'muted', 'border'];

describe('themes', () => {
  it.each(THEME_KEYS)('%s has every token', (key) => {
    const theme = themes[key];
    expect(theme.key).toBe(key);
    expect(theme.name.length).toBeGreaterThan(0);
    for (const token of COLOR_TOKENS) expect(theme.colors[token]).toMatch(/^#[0-9A-F]{6}$/i);
    expect(theme.typography.heading).toMatch(/serif$/);
    expect(theme.typography.body).toMatch(/sans-serif$/);
    expect(theme.ornament.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*viewBox="[^"]+">.*<\/svg>$/);
    expect(theme.ornament.svg).not.toMatch(/href=|url\(|<script/);
    expect(theme.ornament.description.length).toBeGreaterThan(20);
    expect(theme.imagery.alt.length).toBeGreaterThan(10);
  });

  it.each(THEME_KEYS)('%s keeps text readable (WCAG AA, 4.5:1)', (key) => {
    const { colors } = themes[key];
    expect(contrastRatio(colors.text, colors.surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(colors.onPrimary, colors.primary)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(colors.muted, colors.surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(colors.primary, colors.surface)).toBeGreaterThanOrEqual(4.5);
  });

  it('names font stacks that reach Cyrillic, CJK, Georgian and Armenian', () => {
    for (const key of THEME_KEYS) {
      const { heading, body } = themes[key].typography;
      for (const stack of [heading, body]) {
        expect(stack).toMatch(/SC"/);
        expect(stack).toMatch(/Georgian/);
        expect(stack).toMatch(/Armenian/);
      }
    }
  });

  it('dresses the two regions differently', () => {
    const ca = themes['central-asia'];
    const sc = themes['south-caucasus'];
    expect(ca.colors.primary).not.toBe(sc.colors.primary);
    expect(ca.colors.accent).not.toBe(sc.colors.accent);
    expect(ca.ornament.svg).not.toBe(sc.ornament.svg);
    expect(ca.typography.heading).not.toBe(sc.typography.heading);
  });
});

describe(getTheme.name, () => {
  it('returns the theme for a known key and the default otherwise', () => {
    expect(getTheme('south-caucasus').key).toBe('south-caucasus');
    expect(getTheme('atlantis').key).toBe('default');
    expect(getTheme(undefined).key).toBe('default');
  });
});

describe(themeToCssVariables.name, () => {
  it('emits one custom property per token, with the ornament as a data URL', () => {
    const css = themeToCssVariables(themes['central-asia']);
    expect(css).toContain('--caravan-color-primary: #1D3B8B;');
    expect(css).toContain('--caravan-color-on-primary: #FFFFFF;');
    expect(css).toContain('--caravan-font-heading: Georgia,');
    expect(css.split('\n')).toHaveLength(11);
    expect(css).toContain(`--caravan-ornament: ${ornamentCssUrl(themes['central-asia'])};`);
    expect(decodeURIComponent(ornamentCssUrl(themes['central-asia']))).toContain('<svg');
  });
});
