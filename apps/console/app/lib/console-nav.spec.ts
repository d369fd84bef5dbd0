import type { OrganizerRole } from '../generated/graphql.js';
import type { AccessViewer } from './access.js';
import { CONSOLE_PLACES, navigation } from './console-nav.js';

const viewer = (role: OrganizerRole, editionNumber: number | null = null, isPlatformAdmin = false): AccessViewer => ({
  isPlatformAdmin,
  roles: [{ id: 'g1', role, seriesSlug: 'china-central-asia', editionNumber, grantedAt: '2026-01-01T00:00:00Z' }],
});
const ids = (links: { id: string }[]) => links.map((link) => link.id);

describe(navigation.name, () => {
  it('offers a series admin every ready page of the series and edition', () => {
    const nav = navigation(viewer('SERIES_ADMIN'), 'china-central-asia', 11);
    expect(ids(nav.series)).toEqual(['dashboard', 'edition-new', 'people', 'organizations', 'agreements', 'indicators', 'team', 'audit']);
    expect(ids(nav.edition)).toEqual(['edition-setup', 'edition-clone', 'programme', 'delegations', 'statements', 'accreditation', 'invitations', 'check-in']);
    expect(nav.edition.find((link) => link.id === 'programme')?.href).toBe('/series/china-central-asia/editions/11/programme');
  });

  it('leaves out what a role may not open: no team page for a programme editor', () => {
    const nav = navigation(viewer('PROGRAMME_EDITOR'), 'china-central-asia', 11);
    expect(ids(nav.series)).toEqual(['dashboard', 'people', 'organizations', 'agreements', 'audit']);
    const checkin = navigation(viewer('CHECKIN_STAFF'), 'china-central-asia', 11);
    expect(ids(checkin.series)).toEqual(['dashboard', 'audit']);
    // Check-in staff get the check-in page of the edition, and nothing else of it.
    expect(ids(checkin.edition)).toEqual(['check-in']);
  });

  it('offers the accreditation queue to registration and media officers, the invitations and check-in to registration officers only', () => {
    const registration = navigation(viewer('REGISTRATION_OFFICER', 12), 'china-central-asia', 12);
    // Registration officers may also read the check-in (the api grants them checkin.read).
    expect(ids(registration.edition)).toEqual(['accreditation', 'invitations', 'check-in']);
    expect(registration.edition[0]?.href).toBe('/series/china-central-asia/editions/12/accreditation');
    const media = navigation(viewer('MEDIA_OFFICER', 12), 'china-central-asia', 12);
    expect(ids(media.edition)).toEqual(['accreditation']);
    // An edition grant opens that edition's queue only.
    expect(ids(navigation(viewer('MEDIA_OFFICER', 12), 'china-central-asia', 11).edition)).toEqual([]);
    expect(ids(navigation(viewer('PROGRAMME_EDITOR'), 'china-central-asia', 12).edition)).not.toContain('accreditation');
  });

  it('offers the launch wizard to platform admins only', () => {
    expect(ids(navigation(viewer('SERIES_ADMIN', null, true), null, null).platform)).toEqual(['launch']);
    expect(ids(navigation(viewer('SERIES_ADMIN'), 'china-central-asia', 11).platform)).toEqual([]);
  });

  it('never links a place that is still coming, whoever looks', () => {
    const nav = navigation(viewer('SERIES_ADMIN', null, true), 'china-central-asia', 11);
    const offered = new Set([...nav.platform, ...nav.series, ...nav.edition].map((link) => link.id));
    const coming = CONSOLE_PLACES.filter((entry) => entry.status === 'coming').map((entry) => entry.id);
    expect(coming).toEqual([]);
    expect(coming.filter((id) => offered.has(id))).toEqual([]);
  });
});
