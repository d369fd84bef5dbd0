import {
  COLOR_ROLES,
  getTheme,
  ornamentCssUrl,
  resolveTheme,
  THEME_KEYS,
  THEME_PRESETS,
  themes,
  themeToCssVariables,
  TYPE_STEPS,
  ZStoredTheme,
} from './index.js';
import { checkThemeContrast } from './theme-contrast.js';

describe('themes', () => {
  it.each(THEME_KEYS)('%s has every token', (key) => {
    const theme = themes[key];
    expect(theme.key).toBe(key);
    expect(theme.name.length).toBeGreaterThan(0);
    for (const role of COLOR_ROLES) expect(theme.colors[role]).toMatch(/^#[0-9A-F]{6}$/i);
    expect(theme.typography.heading).toMatch(/serif$/);
    expect(theme.typography.body).toMatch(/sans-serif$/);
    expect(Object.keys(theme.typography.sizes)).toEqual([...TYPE_STEPS]);
    expect(theme.ornament.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*viewBox="[^"]+">.*<\/svg>$/);
    expect(theme.ornament.svg).not.toMatch(/href=|url\(|<script/);
    expect(theme.ornament.description.length).toBeGreaterThan(20);
    expect(theme.imagery.alt.length).toBeGreaterThan(10);
    expect(theme.imagery.altText).toMatchObject({ en: theme.imagery.alt, ru: expect.any(String), 'zh-Hans': expect.any(String) });
  });

  it.each(THEME_KEYS)('%s is a resolved preset that the stored-theme schema accepts as it is', (key) => {
    expect(ZStoredTheme.parse(THEME_PRESETS[key])).toEqual(THEME_PRESETS[key]);
    expect(THEME_PRESETS[key].key).toBe(key);
    expect(themes[key]).toEqual(resolveTheme(THEME_PRESETS[key]));
  });

  it.each(THEME_KEYS)('%s passes WCAG AA for every pair the portal draws', (key) => {
    expect(checkThemeContrast(themes[key].colors)).toEqual([]);
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
  it('emits one custom property per colour, font, size step, the ornament and the key', () => {
    const css = themeToCssVariables(themes['central-asia']);
    expect(css).toContain('--caravan-color-primary: #1D3B8B;');
    expect(css).toContain('--caravan-color-on-primary: #FFFFFF;');
    expect(css).toContain('--caravan-color-focus: #1F7A78;');
    expect(css).toContain('--caravan-color-accent-tint: #F5EBD3;');
    expect(css).toContain('--caravan-font-heading: Georgia,');
    expect(css).toContain('--caravan-font-size-base: 1rem;');
    expect(css).toContain('--caravan-font-size-lg: 1.25rem;');
    expect(css).toContain('--caravan-theme: central-asia;');
    expect(css.split('\n')).toHaveLength(COLOR_ROLES.length + 1 + 2 + TYPE_STEPS.length + 2);
    expect(css).toContain(`--caravan-ornament: ${ornamentCssUrl(themes['central-asia'])};`);
    expect(decodeURIComponent(ornamentCssUrl(themes['central-asia']))).toContain('<svg');
  });

  it('renders a stored theme the same as its resolved form', () => {
    expect(themeToCssVariables(THEME_PRESETS['south-caucasus'])).toBe(themeToCssVariables(themes['south-caucasus']));
  });
});
