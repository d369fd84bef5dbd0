import type { OrganizerRole } from '@caravan/db';
import type { Viewer } from '../../auth/viewer.js';
import { categoryKindWhere, handles, requireReviewScope, reviewScope } from './review-scope.js';

const SERIES = 'series-1';
const EDITION = 'edition-12';
const scope = { seriesId: SERIES, editionId: EDITION };

const organizer = (role: OrganizerRole, editionId: string | null = null, isPlatformAdmin = false): Viewer => ({
  kind: 'user',
  sessionId: 's',
  user: { id: 'u', email: 'u@example.org', displayName: 'U', isPlatformAdmin },
  grants: [{ id: 'g', role, seriesId: SERIES, editionId }],
});

describe(reviewScope.name, () => {
  it.each([
    ['SERIES_ADMIN', { nonMedia: true, media: true }],
    ['REGISTRATION_OFFICER', { nonMedia: true, media: false }],
    ['MEDIA_OFFICER', { nonMedia: false, media: true }],
    ['PROGRAMME_EDITOR', { nonMedia: false, media: false }],
    ['CHECKIN_STAFF', { nonMedia: false, media: false }],
  ] as const)('gives %s %j, to read and to decide', (role, expected) => {
    expect(reviewScope(organizer(role), 'read', scope)).toEqual(expected);
    expect(reviewScope(organizer(role), 'review', scope)).toEqual(expected);
  });

  it('honours edition grants: a grant of edition 12 covers 12 and not 11', () => {
    expect(reviewScope(organizer('MEDIA_OFFICER', EDITION), 'review', scope)).toEqual({ nonMedia: false, media: true });
    expect(reviewScope(organizer('MEDIA_OFFICER', 'edition-11'), 'review', scope)).toEqual({ nonMedia: false, media: false });
  });
});

describe(requireReviewScope.name, () => {
  it('asks a visitor to sign in and refuses an organizer without either half', () => {
    expect(() => requireReviewScope({ kind: 'anonymous' }, 'read', scope)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(() => requireReviewScope(organizer('CHECKIN_STAFF'), 'read', scope)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(requireReviewScope(organizer('REGISTRATION_OFFICER'), 'read', scope).kinds).toEqual({ nonMedia: true, media: false });
  });
});

describe(categoryKindWhere.name, () => {
  it('filters to media, to everything else, or not at all', () => {
    expect(categoryKindWhere({ nonMedia: false, media: true })).toEqual({ equals: 'MEDIA' });
    expect(categoryKindWhere({ nonMedia: true, media: false })).toEqual({ not: 'MEDIA' });
    expect(categoryKindWhere({ nonMedia: true, media: true })).toBeUndefined();
    expect(handles({ nonMedia: true, media: false }, 'MEDIA')).toBe(false);
    expect(handles({ nonMedia: true, media: false }, 'BUSINESS')).toBe(true);
  });
});
