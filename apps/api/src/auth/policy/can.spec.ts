// The role → action table and how series-wide and edition grants cover a scope.
import type { OrganizerRole } from '@caravan/db';
import { AppError } from '../../common/errors/app-error.js';
import { ANONYMOUS, type SignedInViewer, type ViewerGrant } from '../viewer.js';
import { ALL_SCOPED_ACTIONS, type Action } from './actions.js';
import { can } from './can.js';
import { requireScope } from './require-scope.js';

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
