// The console's places, in navigation order, with the action each needs. A place whose status is
// 'coming' has its address and check decided here but no page yet: navigation leaves it out until
// its page exists, so nothing links to a page that is not there.
import type { ConsoleMessageKey } from '../i18n/console-i18n.js';
import { can, canInSomeEdition, organizes, type AccessViewer, type ConsoleAction } from './access.js';

export type PlaceLevel = 'platform' | 'series' | 'edition';

export interface ConsolePlace {
  id: string;
  label: ConsoleMessageKey;
  level: PlaceLevel;
  /** The action the place needs (any one of a list); 'organizer' means any role in the series. */
  needs: ConsoleAction | readonly ConsoleAction[] | 'organizer';
  status: 'ready' | 'coming';
  path(series: string, edition: number | null): string;
}

const seriesPath = (series: string, rest = '') => `/series/${encodeURIComponent(series)}${rest}`;
const editionPath = (series: string, edition: number | null, rest: string) => seriesPath(series, `/editions/${edition ?? ''}${rest}`);

export const CONSOLE_PLACES: readonly ConsolePlace[] = [
  { id: 'launch', label: 'nav.launch', level: 'platform', needs: 'series.create', status: 'ready', path: () => '/launch' },
  { id: 'dashboard', label: 'nav.dashboard', level: 'series', needs: 'organizer', status: 'ready', path: (s) => seriesPath(s) },
  { id: 'edition-new', label: 'nav.editionNew', level: 'series', needs: 'edition.create', status: 'ready', path: (s) => seriesPath(s, '/editions/new') },
  { id: 'edition-setup', label: 'nav.editionSetup', level: 'edition', needs: 'programme.edit', status: 'ready', path: (s, e) => editionPath(s, e, '/setup') },
  { id: 'edition-clone', label: 'nav.editionClone', level: 'edition', needs: 'edition.create', status: 'ready', path: (s, e) => editionPath(s, e, '/clone') },
  { id: 'programme', label: 'nav.programme', level: 'edition', needs: 'programme.edit', status: 'ready', path: (s, e) => editionPath(s, e, '/programme') },
  { id: 'delegations', label: 'nav.delegations', level: 'edition', needs: 'delegation.edit', status: 'ready', path: (s, e) => editionPath(s, e, '/delegations') },
  { id: 'statements', label: 'nav.statements', level: 'edition', needs: 'statement.edit', status: 'ready', path: (s, e) => editionPath(s, e, '/statements') },
  // Registration officers review the non-media categories, media officers the media ones: either opens the queue.
  { id: 'accreditation', label: 'nav.accreditation', level: 'edition', needs: ['registration.read', 'media.read'], status: 'ready', path: (s, e) => editionPath(s, e, '/accreditation') },
  { id: 'invitations', label: 'nav.invitations', level: 'edition', needs: 'registration.edit', status: 'ready', path: (s, e) => editionPath(s, e, '/invitations') },
  { id: 'check-in', label: 'nav.checkIn', level: 'edition', needs: 'checkin.read', status: 'ready', path: (s, e) => editionPath(s, e, '/check-in') },
  { id: 'people', label: 'nav.people', level: 'series', needs: 'people.edit', status: 'ready', path: (s) => seriesPath(s, '/people') },
  { id: 'organizations', label: 'nav.organizations', level: 'series', needs: 'organization.edit', status: 'ready', path: (s) => seriesPath(s, '/organizations') },
  { id: 'agreements', label: 'nav.agreements', level: 'series', needs: 'agreement.edit', status: 'ready', path: (s) => seriesPath(s, '/agreements') },
  { id: 'indicators', label: 'nav.indicators', level: 'series', needs: 'series.update', status: 'ready', path: (s) => seriesPath(s, '/indicators') },
  { id: 'team', label: 'nav.team', level: 'series', needs: 'role.grant', status: 'ready', path: (s) => seriesPath(s, '/team') },
  { id: 'audit', label: 'nav.audit', level: 'series', needs: 'audit.read', status: 'ready', path: (s) => seriesPath(s, '/audit') },
];

export function place(id: string): ConsolePlace {
  const found = CONSOLE_PLACES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`CONSOLE_UNKNOWN_PLACE: no place "${id}" in CONSOLE_PLACES`);
  return found;
}

/** Whether the viewer may open the place for this series (and edition, for edition places). */
export function mayOpen(viewer: AccessViewer, entry: ConsolePlace, series: string | null, edition: number | null): boolean {
  if (entry.needs === 'organizer') return entry.level !== 'platform' && series !== null && organizes(viewer, series);
  const actions: readonly ConsoleAction[] = typeof entry.needs === 'string' ? [entry.needs] : entry.needs;
  return actions.some((action) => {
    if (entry.level === 'platform') return can(viewer, action, null);
    if (series === null) return false;
    if (entry.level === 'edition' && edition !== null) return can(viewer, action, { series, edition });
    if (entry.level === 'edition') return canInSomeEdition(viewer, action, series);
    return can(viewer, action, { series });
  });
}

export interface NavLink {
  id: string;
  label: ConsoleMessageKey;
  href: string;
}

/**
 * The links to offer: ready places the viewer may open. Edition places need an edition (the
 * one being looked at, else the series' newest the viewer may work on).
 */
export function navigation(viewer: AccessViewer, series: string | null, edition: number | null): { series: NavLink[]; edition: NavLink[]; platform: NavLink[] } {
  const links = (level: PlaceLevel) =>
    CONSOLE_PLACES.filter((entry) => entry.level === level && entry.status === 'ready' && mayOpen(viewer, entry, series, edition)).map((entry) => ({
      id: entry.id,
      label: entry.label,
      href: entry.path(series ?? '', edition),
    }));
  return { platform: links('platform'), series: series ? links('series') : [], edition: series && edition !== null ? links('edition') : [] };
}
