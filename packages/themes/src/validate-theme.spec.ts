import { THEME_PRESETS } from './presets.js';
import { THEME_KEYS } from './theme.types.js';
import { CONTRAST_PAIRS } from './color-roles.js';
import { contrastRatio } from './contrast.js';
import type { StoredTheme } from './theme-schema.js';
import { validateTheme } from './validate-theme.js';

// A forum's own theme, as an organizer would store it: Black Sea blues with an uploaded tile.
const blackSea: StoredTheme = {
  schemaVersion: 1,
  key: 'black-sea',
  name: 'Sea and sand (Black Sea)',
  colors: {
    primary: '#0B4F6C',
    onPrimary: '#FFFFFF',
    accent: '#E4B363',
    surface: '#FDFBF7',
    text: '#1B262C',
    muted: '#4F5D66',
    border: '#D8DEE2',
    focus: '#0B4F6C',
  },
  typography: { headingFont: 'classic-serif', bodyFont: 'humanist-sans', scale: { kind: 'ratio', baseSize: 17, ratio: 1.2 } },
  ornament: {
    kind: 'svg',
    svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><path d="M0 10Q10 0 20 10T40 10" fill="none" stroke="#E4B363" stroke-width="2"/></svg>',
    alt: { en: 'Band of golden waves' },
  },
};

function problemsOf(input: unknown) {
  const result = validateTheme(input);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe(validateTheme.name, () => {
  it.each(THEME_KEYS)('accepts the %s preset as it is', (key) => {
    expect(validateTheme(THEME_PRESETS[key])).toEqual({ ok: true, theme: THEME_PRESETS[key] });
  });

  it('accepts an organizer\'s theme with an uploaded ornament, stored in its sanitised form', () => {
    const result = validateTheme({ ...blackSea, ornament: { ...blackSea.ornament, svg: `<?xml version="1.0"?>\n${blackSea.ornament.kind === 'svg' ? blackSea.ornament.svg : ''}` } });
    expect(result).toEqual({ ok: true, theme: blackSea });
  });

  it('names the failing pair with both colours and the ratio', () => {
    expect(problemsOf({ ...blackSea, colors: { ...blackSea.colors, muted: '#8A9399' } })).toEqual([
      {
        code: 'LOW_CONTRAST',
        path: 'colors.muted',
        pair: { foreground: 'muted', background: 'surface', use: 'text', where: 'dates, captions and the footer' },
        foregroundColor: '#8A9399',
        backgroundColor: '#FDFBF7',
        ratio: 3.02,
        required: 4.5,
        message: 'muted on surface (dates, captions and the footer): #8A9399 on #FDFBF7 has a contrast of 3.02:1; WCAG AA needs 4.5:1 for normal text',
      },
    ]);
  });

  it('holds a focus ring to 3:1 and text to 4.5:1, never rounding a ratio up', () => {
    // #8E8E8E on white is 3.27:1: enough for a focus ring, not for text.
    expect(validateTheme({ ...blackSea, colors: { ...blackSea.colors, surface: '#FFFFFF', focus: '#8E8E8E' } }).ok).toBe(true);
    expect(problemsOf({ ...blackSea, colors: { ...blackSea.colors, surface: '#FFFFFF', text: '#8E8E8E' } }).map((p) => p.message)).toEqual([
      'text on surface (body text): #8E8E8E on #FFFFFF has a contrast of 3.27:1; WCAG AA needs 4.5:1 for normal text',
      'text on accentTint (notices): #8E8E8E on #FCF6EC has a contrast of 3.04:1; WCAG AA needs 4.5:1 for normal text',
    ]);
    // #777777 on white is 4.4799:1, which must not pass as "4.48 ≈ 4.5".
    expect(contrastRatio('#777777', '#FFFFFF')).toBeLessThan(4.5);
    expect(problemsOf({ ...blackSea, colors: { ...blackSea.colors, surface: '#FFFFFF', muted: '#777777' } })[0]).toMatchObject({ ratio: 4.47, required: 4.5 });
  });

  it('checks text on the derived notice background too', () => {
    // Passes on the surface (4.54:1) but not on the accent-tinted notice background.
    const problems = problemsOf({ ...blackSea, colors: { ...blackSea.colors, surface: '#FFFFFF', accent: '#000000', text: '#767676' } });
    expect(problems).toEqual([
      expect.objectContaining({ pair: expect.objectContaining({ foreground: 'text', background: 'accentTint' }), backgroundColor: '#E0E0E0' }),
    ]);
  });

  it('checks every pair of the role table', () => {
    const allBad = Object.fromEntries(Object.keys(blackSea.colors).map((role) => [role, '#808080']));
    expect(problemsOf({ ...blackSea, colors: allBad }).map((p) => `${p.path}/${p.code === 'LOW_CONTRAST' ? p.pair.background : ''}`)).toEqual(
      CONTRAST_PAIRS.map((pair) => `colors.${pair.foreground}/${pair.background}`),
    );
  });

  it('reports the SVG\'s problems and contrast problems together, at their fields', () => {
    const hostile = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9" onload="alert(1)"><script>alert(2)</script></svg>';
    const problems = problemsOf({ ...blackSea, colors: { ...blackSea.colors, onPrimary: '#3A7A96' }, ornament: { ...blackSea.ornament, svg: hostile } });
    expect(problems.map((p) => [p.code, p.path, p.message])).toEqual([
      ['SVG_EVENT_HANDLER', 'ornament.svg', 'ornament.svg: SVG contains the event handler onload="alert(1)" on <svg>'],
      ['SVG_ELEMENT_REFUSED', 'ornament.svg', 'ornament.svg: SVG contains <script>: scripts never run in an ornament'],
      ['LOW_CONTRAST', 'colors.onPrimary', expect.stringContaining('onPrimary on primary (the header and programme-day bands): #3A7A96 on #0B4F6C')],
    ]);
  });

  it('names every malformed field', () => {
    const input = {
      ...blackSea,
      key: 'Black Sea',
      extra: true,
      colors: { ...blackSea.colors, primary: 'red', focus: undefined },
      typography: { headingFont: 'Comic Sans', bodyFont: 'system-sans', scale: { kind: 'steps', sizes: { sm: 12, base: 16, lg: 15, xl: 24, '2xl': 30, '3xl': 200 } } },
      ornament: { kind: 'motif', motif: 'girih-star', inks: { star: '#123456', halo: '#FFFFFF' }, alt: { ru: 'Звёзды' } },
    };
    expect(problemsOf(input).map((p) => [p.path, p.message])).toEqual([
      ['key', 'key: "Black Sea" is not a theme key: use lower-case letters, digits and single hyphens'],
      ['colors.primary', 'colors.primary: "red" is not a #RRGGBB colour (e.g. "#1D3B8B")'],
      ['colors.focus', 'colors.focus: a #RRGGBB colour is required'],
      ['typography.headingFont', 'typography.headingFont: "Comic Sans" is not a font stack; choose one of system-sans, humanist-sans, book-serif, classic-serif'],
      ['typography.scale.sizes.3xl', 'typography.scale.sizes.3xl: no step may be larger than 120px'],
      ['typography.scale.sizes.lg', 'typography.scale.sizes.lg: lg (15px) must be larger than base (16px)'],
      ['ornament.alt', 'ornament.alt: an English ("en") text is required: it is the fallback for every visitor'],
      ['ornament.inks.halo', 'ornament.inks.halo: "girih-star" has no ink "halo"; its inks are line, star, centre'],
      ['', expect.stringContaining('"extra"')],
    ]);
  });

  it('refuses an oversized upload in the schema already, without sanitising it', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9">${'<g/>'.repeat(9000)}</svg>`;
    expect(problemsOf({ ...blackSea, ornament: { ...blackSea.ornament, svg } })).toEqual([
      { code: 'INVALID_FIELD', path: 'ornament.svg', message: `ornament.svg: the SVG is ${svg.length} bytes; an ornament may have at most 32768` },
    ]);
  });
});
