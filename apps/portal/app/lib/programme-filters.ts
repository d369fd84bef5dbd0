// The programme's filters as they appear in its URL (?day=&track=&language=&room=&kind=), checked
// against what the edition offers. A value the edition does not offer names a page that does not
// exist: the caller answers 404, as for an unknown edition, rather than an empty or wrong list.
import type { SessionKind } from '../generated/graphql.js';

export const FILTER_NAMES = ['day', 'track', 'language', 'room', 'kind'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type ProgrammeFilters = Partial<Record<FilterName, string>>;

export const SESSION_KINDS: readonly SessionKind[] = ['PLENARY', 'SUB_FORUM', 'PANEL', 'SIGNING_CEREMONY', 'BILATERAL_MEETING', 'CULTURAL_EVENT', 'CEREMONY', 'BREAK'];

/** What an edition offers to filter by, each list in display order. */
export interface FilterOptions {
  day: readonly string[];
  track: readonly string[];
  language: readonly string[];
  room: readonly string[];
  kind: readonly string[];
}

export type FilterParse = { ok: true; filters: ProgrammeFilters } | { ok: false; name: FilterName; value: string };

/**
 * The filters of a query string. Empty values mean "any"; a repeated parameter or a value outside
 * the edition's options is refused, naming the filter.
 */
export function parseProgrammeFilters(search: URLSearchParams, options: FilterOptions): FilterParse {
  const filters: ProgrammeFilters = {};
  for (const name of FILTER_NAMES) {
    const values = search.getAll(name).filter((value) => value !== '');
    if (values.length === 0) continue;
    const [value] = values;
    if (values.length > 1 || value === undefined || !options[name].includes(value)) return { ok: false, name, value: values.join(',') };
    filters[name] = value;
  }
  return { ok: true, filters };
}

export function isSessionKind(value: string | undefined): value is SessionKind {
  return value !== undefined && (SESSION_KINDS as readonly string[]).includes(value);
}

/** The options of an edition's programme: its days, tracks, rooms in use, languages heard or interpreted, and kinds held. */
export function filterOptions(edition: {
  programmeDays: readonly string[];
  tracks: ReadonlyArray<{ slug: string }>;
  allSessions: ReadonlyArray<{ kind: string; languages: readonly string[]; interpretation: readonly string[]; room: { slug: string } | null }>;
}): FilterOptions {
  const used = <T>(pick: (session: (typeof edition.allSessions)[number]) => readonly T[]) => new Set(edition.allSessions.flatMap(pick));
  const rooms = used((session) => (session.room ? [session.room.slug] : []));
  const kinds = used((session) => [session.kind]);
  return {
    day: [...edition.programmeDays],
    track: edition.tracks.map((track) => track.slug),
    language: [...used((session) => [...session.languages, ...session.interpretation])].sort(),
    room: [...rooms],
    kind: SESSION_KINDS.filter((kind) => kinds.has(kind)),
  };
}

/** The query string of `filters` with one filter changed (or removed with null), in a stable order. */
export function filterSearch(filters: ProgrammeFilters, change: Partial<Record<FilterName, string | null>> = {}): string {
  const search = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = name in change ? change[name] : filters[name];
    if (value) search.set(name, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
