// What every page of an edition shares: its addresses, its heading and the theme of its series.
import type { EditionFrameFragment } from './page-data.js';
import { regionLocales, type PageTheme } from './page-theme.js';

/** The edition's pages, as the sub-navigation lists them. */
export const EDITION_SECTIONS = ['overview', 'programme', 'speakers', 'delegations', 'statements'] as const;
export type EditionSection = (typeof EDITION_SECTIONS)[number];

export function editionPath(frame: Pick<EditionFrameFragment, 'number' | 'series'>, section: EditionSection | `sessions/${string}` | `speakers/${string}` = 'overview'): string {
  const base = `/${frame.series.slug}/${frame.number}`;
  return section === 'overview' ? base : `${base}/${section}`;
}

export function editionPageTheme(frame: Pick<EditionFrameFragment, 'series'>): PageTheme {
  return { themeKey: frame.series.themeKey, regionLocales: regionLocales(frame.series.countries) };
}

/** The frame's texts written on the server (see server-text.server.ts). */
export interface EditionFrameText {
  dates: string | null;
}
