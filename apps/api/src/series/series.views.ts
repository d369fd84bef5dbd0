// Series as GraphQL serves them: texts resolved to the request's language and focus tracks taken
// from the shared taxonomy while the row is mapped; relations stay resolver fields.
import { textColumn } from '@caravan/db/read-models';
import { resolveTheme, themeToCssVariables } from '@caravan/themes';
import { getTrack, isTrackSlug } from '@caravan/tracks';
import type { SeriesRow } from '../common/db-rows.js';
import type { EditionStatus } from '../common/graphql/enums.js';
import { localize, type ResolvedText } from '../common/localized/localize.js';

export interface TrackDefinitionView {
  slug: string;
  name: ResolvedText;
  description: ResolvedText;
}

export interface SeriesView {
  id: string;
  /** Edit version; update mutations take it as expectedVersion. */
  version: number;
  slug: string;
  status: EditionStatus;
  /** Key of the stored theme. */
  themeKey: string;
  /** The stored theme as the row holds it; resolved on demand (seriesThemeView). */
  storedTheme: unknown;
  regionCode: string;
  partnerCountryCode: string | null;
  name: ResolvedText;
  shortName: ResolvedText;
  description: ResolvedText;
  /** Focus tracks from the shared taxonomy; slugs the taxonomy no longer knows are skipped. */
  focusTracks: TrackDefinitionView[];
}

export interface SeriesThemeView {
  key: string;
  name: string;
  cssVariables: string;
  ornamentSvg: string;
  ornamentAlt: ResolvedText;
  stored: Record<string, unknown>;
}

function themeKeyOf(theme: unknown): string {
  const key = typeof theme === 'object' && theme !== null ? (theme as { key?: unknown }).key : undefined;
  return typeof key === 'string' ? key : 'default';
}

/**
 * The stored theme resolved for a page. A theme is validated before it is stored, so a row that
 * does not parse is a fault (InvalidThemeError names its fields), not a visitor's problem.
 */
export function seriesThemeView(series: Pick<SeriesView, 'storedTheme'>, lang: string): SeriesThemeView {
  const resolved = resolveTheme(series.storedTheme);
  return {
    key: resolved.key,
    name: resolved.name,
    cssVariables: themeToCssVariables(resolved),
    ornamentSvg: resolved.ornament.svg,
    ornamentAlt: localize(resolved.imagery.altText, lang),
    stored: series.storedTheme as Record<string, unknown>,
  };
}

export function toSeriesView(row: SeriesRow, lang: string): SeriesView {
  const what = `Series ${row.slug}`;
  return {
    id: row.id,
    version: row.version,
    slug: row.slug,
    status: row.status,
    themeKey: themeKeyOf(row.theme),
    storedTheme: row.theme,
    regionCode: row.regionCode,
    partnerCountryCode: row.partnerCountryCode,
    name: localize(textColumn(row.name, `${what} name`), lang),
    shortName: localize(textColumn(row.shortName, `${what} shortName`), lang),
    description: localize(textColumn(row.description, `${what} description`), lang),
    focusTracks: row.focusTrackSlugs.filter(isTrackSlug).map((slug) => {
      const track = getTrack(slug);
      return { slug: track.slug, name: localize(track.name, lang), description: localize(track.description, lang) };
    }),
  };
}
