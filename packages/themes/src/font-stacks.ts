// Font stacks a theme chooses from. Every stack ends in fonts that ship with common systems and
// cover Latin, Cyrillic, CJK, Georgian and Armenian, so no web font download is required, and a
// stored theme names a stack by key: no free-form CSS reaches a page.

const SCRIPT_FALLBACKS_SANS = [
  '"Noto Sans"',
  '"Noto Sans SC"',
  '"PingFang SC"',
  '"Microsoft YaHei"',
  '"Noto Sans Georgian"',
  '"Noto Sans Armenian"',
  'Sylfaen',
  'sans-serif',
];

const SCRIPT_FALLBACKS_SERIF = [
  '"Noto Serif"',
  '"Noto Serif SC"',
  '"Songti SC"',
  'SimSun',
  '"Noto Serif Georgian"',
  '"Noto Serif Armenian"',
  'Sylfaen',
  'serif',
];

export const SYSTEM_SANS = ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', ...SCRIPT_FALLBACKS_SANS].join(', ');

export const HUMANIST_SANS = ['"Segoe UI"', '"Gill Sans"', 'Candara', 'Roboto', ...SCRIPT_FALLBACKS_SANS].join(', ');

export const BOOK_SERIF = ['Georgia', 'Cambria', '"Times New Roman"', ...SCRIPT_FALLBACKS_SERIF].join(', ');

export const CLASSIC_SERIF = ['"Palatino Linotype"', 'Palatino', '"Book Antiqua"', ...SCRIPT_FALLBACKS_SERIF].join(', ');

export const FONT_STACKS = {
  'system-sans': SYSTEM_SANS,
  'humanist-sans': HUMANIST_SANS,
  'book-serif': BOOK_SERIF,
  'classic-serif': CLASSIC_SERIF,
} as const;

export type FontStackKey = keyof typeof FONT_STACKS;

export const FONT_STACK_KEYS = Object.keys(FONT_STACKS) as FontStackKey[];
