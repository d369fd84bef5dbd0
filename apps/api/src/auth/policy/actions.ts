// The actions an organizer can be allowed to do, and which role allows which. Every check in the
// api names one of these; adding a feature means adding its action here, next to the roles.
import type { OrganizerRole } from '@caravan/db';

export const SERIES_ACTIONS = [
  'series.update',
  'series.publish',
  'edition.create',
  'edition.update',
  'role.grant',
  'role.revoke',
  'organizer.create',
  // Disabling or enabling an account: its series' admins when all its roles are in that series
  // (roles.service.ts accountScope), platform admins for any other account.
  'organizer.disable',
] as const;

export const PROGRAMME_ACTIONS = [
  'programme.edit',
  'people.edit',
  'organization.edit',
  'delegation.edit',
  'agreement.edit',
  'statement.edit',
  'content.publish',
  'content.unpublish',
] as const;

export const REGISTRATION_ACTIONS = ['registration.read', 'registration.review', 'registration.edit', 'badge.issue'] as const;

export const CHECKIN_ACTIONS = ['checkin.read', 'checkin.record'] as const;

/** Media accreditation: the media centre's officers review journalists' and crews' applications. */
export const MEDIA_ACTIONS = ['media.read', 'media.review'] as const;

/** Reading the audit trail of a series; every organizer of the series may. */
export const AUDIT_READ = 'audit.read';

/**
 * "Read confidential": the values of confidential agreements and agreements not yet published,
 * in exports (agreements.csv) and in the audit trail's snapshots. Held by the roles that edit
 * agreements, within their scope (a grant of one edition reads that edition's only).
 */
export const CONFIDENTIAL_READ = 'agreement.read-confidential';

/** Only platform admins: a new series is a new tenant, above any series role. */
export const PLATFORM_ACTIONS = ['series.create', 'platform.grant-admin'] as const;

export type ScopedAction =
  | (typeof SERIES_ACTIONS)[number]
  | (typeof PROGRAMME_ACTIONS)[number]
  | (typeof REGISTRATION_ACTIONS)[number]
  | (typeof CHECKIN_ACTIONS)[number]
  | (typeof MEDIA_ACTIONS)[number]
  | typeof AUDIT_READ
  | typeof CONFIDENTIAL_READ;

export type PlatformAction = (typeof PLATFORM_ACTIONS)[number];

export type Action = ScopedAction | PlatformAction;

export const ALL_SCOPED_ACTIONS: readonly ScopedAction[] = [
  ...SERIES_ACTIONS,
  ...PROGRAMME_ACTIONS,
  ...REGISTRATION_ACTIONS,
  ...CHECKIN_ACTIONS,
  ...MEDIA_ACTIONS,
  AUDIT_READ,
  CONFIDENTIAL_READ,
];

/** Role → what it allows inside its scope (a series, or one edition of it). */
export const ROLE_ACTIONS: Readonly<Record<OrganizerRole, ReadonlySet<ScopedAction>>> = {
  SERIES_ADMIN: new Set(ALL_SCOPED_ACTIONS),
  // Editors of agreements keep their values right, so they read them.
  PROGRAMME_EDITOR: new Set<ScopedAction>([...PROGRAMME_ACTIONS, AUDIT_READ, CONFIDENTIAL_READ]),
  // Check-in desks need to look people up, not to change their registration.
  REGISTRATION_OFFICER: new Set<ScopedAction>([...REGISTRATION_ACTIONS, ...CHECKIN_ACTIONS, AUDIT_READ]),
  CHECKIN_STAFF: new Set<ScopedAction>([...CHECKIN_ACTIONS, AUDIT_READ]),
  MEDIA_OFFICER: new Set<ScopedAction>([...MEDIA_ACTIONS, AUDIT_READ]),
};

export function isPlatformAction(action: Action): action is PlatformAction {
  return (PLATFORM_ACTIONS as readonly string[]).includes(action);
}
