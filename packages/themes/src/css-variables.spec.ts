import { CONTRAST_PAIRS, colorVariableName, DERIVED_COLORS } from './color-roles.js';
import { themeToCssVariables } from './css-variables.js';
import { themes } from './index.js';
import { THEME_PRESETS } from './presets.js';
import { InvalidThemeError } from './theme-problems.js';
import type { StoredTheme } from './theme-schema.js';

const stored: StoredTheme = {
  ...THEME_PRESETS.default,
  key: 'black-sea',
  name: 'Sea and sand',
  colors: { ...THEME_PRESETS.default.colors, primary: '#0B4F6C' },
  typography: { headingFont: 'book-serif', bodyFont: 'system-sans', scale: { kind: 'steps', sizes: { sm: 13, base: 17, lg: 20, xl: 24, '2xl': 30, '3xl': 38 } } },
  ornament: { kind: 'motif', motif: 'girih-star', inks: { star: '#0B4F6C' }, alt: { en: 'Blue stars' } },
};

describe(themeToCssVariables.name, () => {
  it('renders any stored theme, not only the presets', () => {
    const css = themeToCssVariables(stored);
    expect(css).toContain('--caravan-color-primary: #0B4F6C;');
    expect(css).toContain('--caravan-font-heading: Georgia,');
    expect(css).toContain('--caravan-font-size-base: 1.0625rem;');
    expect(css).toContain('--caravan-font-size-3xl: 2.375rem;');
    expect(css).toContain('--caravan-theme: black-sea;');
    expect(decodeURIComponent(css)).toContain('fill="#0B4F6C"/>');
  });

  it('declares a variable for every colour a checked pair uses', () => {
    const css = themeToCssVariables(stored);
    for (const pair of CONTRAST_PAIRS) {
      expect(css).toContain(`${colorVariableName(pair.foreground)}: `);
      expect(css).toContain(`${colorVariableName(pair.background)}: `);
    }
    for (const derived of Object.keys(DERIVED_COLORS)) expect(css).toContain(`${colorVariableName(derived as keyof typeof DERIVED_COLORS)}: #`);
  });

  it('refuses a stored theme that would write anything but validated values into CSS', () => {
    const injected = { ...stored, key: 'x;}body{display:none', colors: { ...stored.colors, text: 'red;} *{background:url(//evil.example)}' } };
    expect(() => themeToCssVariables(injected)).toThrow(InvalidThemeError);
    try {
      themeToCssVariables(injected);
    } catch (error) {
      expect((error as InvalidThemeError).problems.map((p) => p.path)).toEqual(['key', 'colors.text']);
    }
  });

  it('guards resolved themes too, and answers a misshapen stored row with InvalidThemeError', () => {
    const resolved = themes['central-asia'];
    const forged = { ...resolved, typography: { ...resolved.typography, heading: 'x; } body { display: none' } };
    expect(() => themeToCssVariables(forged)).toThrow('typography.heading: "x; } body { display: none" is not one of the font stacks');
    const misshapen = { ...stored, typography: undefined } as unknown as StoredTheme;
    expect(() => themeToCssVariables(misshapen)).toThrow(InvalidThemeError);
    expect(() => themeToCssVariables(misshapen)).toThrow(/does not have the stored-theme shape/);
  });
});
