// What the signed-in organizer may do, mirrored from the api's role table
// (apps/api/src/auth/policy/actions.ts; a test checks that the two agree). The console uses it
// only to offer pages and buttons; the api decides every write and read on its own.
import type { OrganizerRole, ViewerQuery } from '../generated/graphql.js';

export type ConsoleAction =
  | 'series.update'
  | 'series.create'
  | 'edition.create'
  | 'edition.update'
  | 'role.grant'
  | 'role.revoke'
  | 'organizer.create'
  | 'programme.edit'
  | 'people.edit'
  | 'organization.edit'
  | 'delegation.edit'
  | 'agreement.edit'
  | 'statement.edit'
  | 'content.publish'
  | 'content.unpublish'
  | 'registration.read'
  | 'registration.review'
  | 'registration.edit'
  | 'media.read'
  | 'media.review'
  | 'checkin.read'
  | 'audit.read';

const PROGRAMME: readonly ConsoleAction[] = [
  'programme.edit',
  'people.edit',
  'organization.edit',
  'delegation.edit',
  'agreement.edit',
  'statement.edit',
  'content.publish',
  'content.unpublish',
];

/** Role → the console actions it allows within its series (or its one edition). */
export const ROLE_ALLOWS: Readonly<Record<OrganizerRole, ReadonlySet<ConsoleAction>>> = {
  SERIES_ADMIN: new Set<ConsoleAction>([
    'series.update',
    'edition.create',
    'edition.update',
    'role.grant',
    'role.revoke',
    'organizer.create',
    ...PROGRAMME,
    'registration.read',
    'registration.review',
    'registration.edit',
    'media.read',
    'media.review',
    'checkin.read',
    'audit.read',
  ]),
  PROGRAMME_EDITOR: new Set<ConsoleAction>([...PROGRAMME, 'audit.read']),
  REGISTRATION_OFFICER: new Set<ConsoleAction>(['registration.read', 'registration.review', 'registration.edit', 'checkin.read', 'audit.read']),
  // The media centre reviews media applications only.
  MEDIA_OFFICER: new Set<ConsoleAction>(['media.read', 'media.review', 'audit.read']),
  CHECKIN_STAFF: new Set<ConsoleAction>(['checkin.read', 'audit.read']),
};

/** Every role, in the order the console offers them; the table above is the one list. */
export const ORGANIZER_ROLES = Object.keys(ROLE_ALLOWS) as readonly OrganizerRole[];

/** Actions above any series: only platform admins. */
const PLATFORM_ONLY: ReadonlySet<ConsoleAction> = new Set<ConsoleAction>(['series.create']);

export type AccessViewer = Pick<NonNullable<ViewerQuery['me']>, 'isPlatformAdmin' | 'roles'>;

export interface AccessScope {
  series: string;
  /** Set for an action on one edition: a grant for the whole series covers it, and so does one for that edition. */
  edition?: number | null;
}

/** Mirrors the api's can(): platform admins may do anything; others need a grant covering the scope. */
export function can(viewer: AccessViewer, action: ConsoleAction, scope: AccessScope | null): boolean {
  if (viewer.isPlatformAdmin) return true;
  if (scope === null || PLATFORM_ONLY.has(action)) return false;
  return viewer.roles.some((grant) => {
    if (grant.seriesSlug !== scope.series) return false;
    const covers = grant.editionNumber === null || (scope.edition !== undefined && scope.edition !== null && grant.editionNumber === scope.edition);
    return covers && ROLE_ALLOWS[grant.role].has(action);
  });
}

/** Whether the viewer organizes the series at all (any grant in it, or platform admin). */
export function organizes(viewer: AccessViewer, series: string): boolean {
  return viewer.isPlatformAdmin || viewer.roles.some((grant) => grant.seriesSlug === series);
}

/** Whether some edition of the series (or the whole series) lets the viewer do the action. */
export function canInSomeEdition(viewer: AccessViewer, action: ConsoleAction, series: string): boolean {
  if (can(viewer, action, { series })) return true;
  return viewer.roles.some((grant) => grant.seriesSlug === series && grant.editionNumber !== null && can(viewer, action, { series, edition: grant.editionNumber }));
}
