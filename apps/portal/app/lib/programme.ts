// Groups an edition's sessions for display: by local day, then by track (sessions without a track
// form the general programme, listed first), keeping the api's start-time order inside each group.
import type { ProgrammeSessionFragment } from './page-data.js';

export type ProgrammeSession = ProgrammeSessionFragment;

export interface ProgrammeTrackGroup {
  /** Track slug, or null for the general programme. */
  trackSlug: string | null;
  trackName: ProgrammeSession['title'] | null;
  sessions: ProgrammeSession[];
}

export interface ProgrammeDay {
  date: string;
  groups: ProgrammeTrackGroup[];
}

export function groupProgramme(sessions: readonly ProgrammeSession[]): ProgrammeDay[] {
  const days = new Map<string, Map<string | null, ProgrammeTrackGroup>>();
  for (const session of sessions) {
    let groups = days.get(session.localDate);
    if (!groups) {
      groups = new Map();
      days.set(session.localDate, groups);
    }
    const slug = session.track?.slug ?? null;
    let group = groups.get(slug);
    if (!group) {
      group = { trackSlug: slug, trackName: session.track?.name ?? null, sessions: [] };
      groups.set(slug, group);
    }
    group.sessions.push(session);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, groups]) => ({
      date,
      groups: [...groups.values()].sort((a, b) => (a.trackSlug === null ? -1 : b.trackSlug === null ? 1 : 0)),
    }));
}
