// The role → action table and how series-wide and edition grants cover a scope.
import type { OrganizerRole } from '@caravan/db';
import { AppError } from '../../common/errors/app-error.js';
import { ANONYMOUS, type SignedInViewer, type ViewerGrant } from '../viewer.js';
import { ALL_SCOPED_ACTIONS, isPlatformAction, PLATFORM_ACTIONS, type Action } from './actions.js';
import { can } from './can.js';
import { describeAction, requireScope, requireSignedIn } from './require-scope.js';

const SERIES_A = 'series-a';
const SERIES_B = 'series-b';
const EDITION_A1 = 'edition-a1';
const EDITION_A2 = 'edition-a2';

function viewer(grants: Omit<ViewerGrant, 'id'>[], isPlatformAdmin = false): SignedInViewer {
  return {
    kind: 'user',
    sessionId: 'session',
    user: { id: 'user', email: 'user@example.org', displayName: 'User', isPlatformAdmin },
    grants: grants.map((g, i) => ({ ...g, id: `grant-${i}` })),
  };
}

const seriesWide = (role: OrganizerRole, seriesId = SERIES_A) => viewer([{ role, seriesId, editionId: null }]);

describe(can.name, () => {
  const allowedFor = (role: OrganizerRole): Action[] =>
    ALL_SCOPED_ACTIONS.filter((action) => can(seriesWide(role), action, { seriesId: SERIES_A }));

  it('gives a series admin every series action', () => {
    expect(allowedFor('SERIES_ADMIN')).toEqual([...ALL_SCOPED_ACTIONS]);
  });

  it('lets a programme editor edit and publish content but not administer the series or registrations', () => {
    expect(allowedFor('PROGRAMME_EDITOR').sort()).toEqual(
      [
        'agreement.edit',
        'agreement.read-confidential',
        'audit.read',
        'content.publish',
        'content.unpublish',
        'delegation.edit',
        'organization.edit',
        'people.edit',
        'programme.edit',
        'statement.edit',
      ].sort(),
    );
  });

  it('keeps registration officers and check-in staff to registration and check-in', () => {
    expect(allowedFor('REGISTRATION_OFFICER').sort()).toEqual(
      ['audit.read', 'badge.issue', 'checkin.read', 'checkin.record', 'registration.edit', 'registration.read', 'registration.review'].sort(),
    );
    expect(allowedFor('CHECKIN_STAFF').sort()).toEqual(['audit.read', 'checkin.read', 'checkin.record']);
  });

  it('never reaches into another series', () => {
    for (const action of ALL_SCOPED_ACTIONS) expect(can(seriesWide('SERIES_ADMIN', SERIES_B), action, { seriesId: SERIES_A })).toBe(false);
  });

  it('covers every edition with a series-wide grant, and only its own edition with an edition grant', () => {
    const editor = viewer([{ role: 'PROGRAMME_EDITOR', seriesId: SERIES_A, editionId: EDITION_A1 }]);
    expect(can(seriesWide('PROGRAMME_EDITOR'), 'programme.edit', { seriesId: SERIES_A, editionId: EDITION_A2 })).toBe(true);
    expect(can(editor, 'programme.edit', { seriesId: SERIES_A, editionId: EDITION_A1 })).toBe(true);
    expect(can(editor, 'programme.edit', { seriesId: SERIES_A, editionId: EDITION_A2 })).toBe(false);
    expect(can(editor, 'programme.edit', { seriesId: SERIES_A })).toBe(false);
  });

  it('reserves platform actions to platform admins, who may do everything', () => {
    expect(can(seriesWide('SERIES_ADMIN'), 'series.create', { seriesId: SERIES_A })).toBe(false);
    expect(can(seriesWide('SERIES_ADMIN'), 'series.create', null)).toBe(false);
    const admin = viewer([], true);
    expect(can(admin, 'series.create', null)).toBe(true);
    expect(can(admin, 'role.grant', { seriesId: SERIES_B, editionId: EDITION_A1 })).toBe(true);
  });

  it('allows nothing to anonymous visitors', () => {
    expect(ALL_SCOPED_ACTIONS.some((action) => can(ANONYMOUS, action, { seriesId: SERIES_A }))).toBe(false);
  });
});

describe(requireScope.name, () => {
  const codeOf = (run: () => unknown): string | undefined => {
    try {
      run();
      return undefined;
    } catch (error) {
      return error instanceof AppError ? error.code : 'not an AppError';
    }
  };

  it('returns the viewer when allowed, UNAUTHENTICATED for visitors and FORBIDDEN for the wrong role', () => {
    const admin = seriesWide('SERIES_ADMIN');
    expect(requireScope(admin, 'role.grant', { seriesId: SERIES_A })).toBe(admin);
    expect(codeOf(() => requireScope(ANONYMOUS, 'role.grant', { seriesId: SERIES_A }))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requireScope(seriesWide('CHECKIN_STAFF'), 'role.grant', { seriesId: SERIES_A }))).toBe('FORBIDDEN');
  });

  it('says in its message what was refused and whom to ask', () => {
    expect(() => requireScope(seriesWide('CHECKIN_STAFF'), 'programme.edit', { seriesId: SERIES_A, editionId: EDITION_A1 })).toThrow(
      'You are signed in but have no right to do "programme.edit" in this edition. Ask an admin of this series for the role that allows it.',
    );
  });
});

describe('policy scope details', () => {
  it('treats an edition id of null like no edition: an edition grant does not cover the series', () => {
    const editor = viewer([{ role: 'PROGRAMME_EDITOR', seriesId: SERIES_A, editionId: EDITION_A1 }]);
    expect(can(editor, 'programme.edit', { seriesId: SERIES_A, editionId: null })).toBe(false);
    expect(can(seriesWide('PROGRAMME_EDITOR'), 'programme.edit', { seriesId: SERIES_A, editionId: null })).toBe(true);
  });

  it('does not let an edition grant of another series cover the same edition id', () => {
    const elsewhere = viewer([{ role: 'SERIES_ADMIN', seriesId: SERIES_B, editionId: EDITION_A1 }]);
    expect(can(elsewhere, 'programme.edit', { seriesId: SERIES_A, editionId: EDITION_A1 })).toBe(false);
  });

  it('allows an action when any one of several grants covers it', () => {
    const both = viewer([
      { role: 'CHECKIN_STAFF', seriesId: SERIES_A, editionId: null },
      { role: 'PROGRAMME_EDITOR', seriesId: SERIES_A, editionId: EDITION_A1 },
    ]);
    expect(can(both, 'programme.edit', { seriesId: SERIES_A, editionId: EDITION_A1 })).toBe(true);
    expect(can(both, 'checkin.record', { seriesId: SERIES_A, editionId: EDITION_A2 })).toBe(true);
    expect(can(both, 'programme.edit', { seriesId: SERIES_A, editionId: EDITION_A2 })).toBe(false);
  });

  it('refuses a series action without a series to a signed-in organizer', () => {
    expect(can(seriesWide('SERIES_ADMIN'), 'role.grant', null)).toBe(false);
  });

  it('tells platform actions from scoped ones', () => {
    expect(PLATFORM_ACTIONS.filter(isPlatformAction)).toEqual(['series.create', 'platform.grant-admin']);
    expect(ALL_SCOPED_ACTIONS.some(isPlatformAction)).toBe(false);
    expect(can(seriesWide('SERIES_ADMIN'), 'platform.grant-admin', { seriesId: SERIES_A })).toBe(false);
  });
});

describe(describeAction.name, () => {
  it('names where the action was refused: platform, series or edition', () => {
    expect(describeAction('series.create', null)).toBe('do "series.create" on this platform');
    expect(describeAction('role.grant', { seriesId: SERIES_A })).toBe('do "role.grant" in this series');
    expect(describeAction('role.grant', { seriesId: SERIES_A, editionId: null })).toBe('do "role.grant" in this series');
    expect(describeAction('programme.edit', { seriesId: SERIES_A, editionId: EDITION_A1 })).toBe('do "programme.edit" in this edition');
  });
});

describe(requireSignedIn.name, () => {
  it('returns a signed-in viewer and asks a visitor to sign in for what they were doing', () => {
    const admin = seriesWide('SERIES_ADMIN');
    expect(requireSignedIn(admin, 'read this')).toBe(admin);
    expect(() => requireSignedIn(ANONYMOUS, 'read this')).toThrow(
      'Sign in to read this: send "Authorization: Bearer <accessToken>" from signIn or refreshSession.',
    );
  });

  it('asks a visitor refused a platform action to sign in for it', () => {
    expect(() => requireScope(ANONYMOUS, 'series.create', null)).toThrow('Sign in to do "series.create" on this platform');
  });
});
