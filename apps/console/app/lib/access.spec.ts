// The console's role table must say what the api's says, action by action.
import { ALL_SCOPED_ACTIONS, ROLE_ACTIONS } from '../../../api/src/auth/policy/actions';
import type { OrganizerRole } from '../generated/graphql.js';
import { can, canInSomeEdition, organizes, ROLE_ALLOWS, type AccessViewer, type ConsoleAction } from './access.js';

const ROLES = Object.keys(ROLE_ALLOWS) as OrganizerRole[];
const consoleActions = [...new Set(ROLES.flatMap((role) => [...ROLE_ALLOWS[role]]))];

const viewer = (roles: AccessViewer['roles'], isPlatformAdmin = false): AccessViewer => ({ isPlatformAdmin, roles });
const grant = (role: OrganizerRole, seriesSlug: string, editionNumber: number | null = null) => ({ id: `${role}-${seriesSlug}`, role, seriesSlug, editionNumber, grantedAt: '2026-01-01T00:00:00Z' });

describe('ROLE_ALLOWS', () => {
  it('covers the same roles as the api', () => {
    expect(ROLES.sort()).toEqual(Object.keys(ROLE_ACTIONS).sort());
  });

  it('names only actions the api knows', () => {
    const known = new Set<string>(ALL_SCOPED_ACTIONS);
    expect(consoleActions.filter((action) => !known.has(action))).toEqual([]);
  });

  it.each(ROLES)('agrees with the api on what %s may do', (role) => {
    const apiAllows = ROLE_ACTIONS[role] as ReadonlySet<string>;
    for (const action of consoleActions) expect({ role, action, allowed: ROLE_ALLOWS[role].has(action) }).toEqual({ role, action, allowed: apiAllows.has(action) });
  });
});

describe(can.name, () => {
  const editor = viewer([grant('PROGRAMME_EDITOR', 'china-central-asia', 11)]);

  it('lets an edition grant act on that edition only, never on the series as a whole', () => {
    expect(can(editor, 'programme.edit', { series: 'china-central-asia', edition: 11 })).toBe(true);
    expect(can(editor, 'programme.edit', { series: 'china-central-asia', edition: 10 })).toBe(false);
    expect(can(editor, 'people.edit', { series: 'china-central-asia' })).toBe(false);
    expect(canInSomeEdition(editor, 'programme.edit', 'china-central-asia')).toBe(true);
  });

  it('keeps each series apart and keeps team management to series admins', () => {
    const admin = viewer([grant('SERIES_ADMIN', 'china-central-asia')]);
    expect(can(admin, 'role.grant', { series: 'china-central-asia' })).toBe(true);
    expect(can(admin, 'role.grant', { series: 'china-caucasus' })).toBe(false);
    expect(can(editor, 'role.grant', { series: 'china-central-asia', edition: 11 })).toBe(false);
    expect(organizes(admin, 'china-caucasus')).toBe(false);
  });

  it('lets platform admins do anything, and nobody else create a series', () => {
    expect(can(viewer([], true), 'series.create' as ConsoleAction, null)).toBe(true);
    expect(can(viewer([grant('SERIES_ADMIN', 'china-central-asia')]), 'series.create', { series: 'china-central-asia' })).toBe(false);
  });
});
