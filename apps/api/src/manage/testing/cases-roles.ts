// Authorization-matrix cases of organizer administration: accounts and role grants, written
// through MutationRunner like every other organizer mutation.
import { randomUUID } from 'node:crypto';
import { seedOrganizer } from '../../testing/fixtures.js';
import { inSeries, onPlatform, type AuthorizationCase } from './authorization-matrix.js';

const CCA = 'china-central-asia' as const;

export const cases: AuthorizationCase[] = [
  {
    name: 'createOrganizer',
    action: 'organizer.create',
    series: CCA,
    scope: inSeries('china-central-asia'),
    mutation: `mutation($email: String!) { createOrganizer(email: $email, displayName: "Matrix Officer", password: "a long enough password", seriesSlug: "${CCA}") { id } }`,
    variables: async () => ({ email: `matrix-${randomUUID()}@example.org` }),
    tables: ['User'],
  },
  {
    name: 'grantRole',
    action: 'role.grant',
    series: CCA,
    scope: inSeries('china-central-asia'),
    mutation: `mutation($email: String!) { grantRole(userEmail: $email, role: MEDIA_OFFICER, seriesSlug: "${CCA}") { id } }`,
    variables: async (ctx) => ({ email: (await seedOrganizer(ctx.prisma)).email }),
    tables: ['RoleGrant'],
  },
  {
    // The account's only roles are in China–Central Asia, so that series' admins may disable it.
    name: 'disableOrganizer',
    action: 'organizer.disable',
    series: CCA,
    scope: inSeries('china-central-asia'),
    mutation: `mutation($email: String!) { disableOrganizer(userEmail: $email) }`,
    variables: async (ctx) => ({ email: (await seedOrganizer(ctx.prisma, { grants: [{ seriesSlug: CCA, role: 'CHECKIN_STAFF' }] })).email }),
    tables: ['User'],
  },
  {
    name: 'enableOrganizer',
    action: 'organizer.disable',
    series: CCA,
    scope: inSeries('china-central-asia'),
    mutation: `mutation($email: String!) { enableOrganizer(userEmail: $email) }`,
    variables: async (ctx) => {
      const organizer = await seedOrganizer(ctx.prisma, { grants: [{ seriesSlug: CCA, role: 'PROGRAMME_EDITOR' }] });
      await ctx.prisma.user.update({ where: { id: organizer.id }, data: { disabledAt: new Date() } });
      return { email: organizer.email };
    },
    tables: ['User'],
  },
  {
    // An account without any role is nobody's series': only platform admins may disable it.
    name: 'disableOrganizer (an account of no series)',
    action: 'organizer.disable',
    series: CCA,
    scope: onPlatform,
    mutation: `mutation($email: String!) { disableOrganizer(userEmail: $email) }`,
    variables: async (ctx) => ({ email: (await seedOrganizer(ctx.prisma)).email }),
    tables: ['User'],
  },
  {
    name: 'revokeRole',
    action: 'role.revoke',
    series: CCA,
    scope: inSeries('china-central-asia'),
    mutation: `mutation($id: ID!) { revokeRole(grantId: $id) }`,
    variables: async (ctx) => {
      const organizer = await seedOrganizer(ctx.prisma, { grants: [{ seriesSlug: CCA, role: 'MEDIA_OFFICER' }] });
      const grant = await ctx.prisma.roleGrant.findFirstOrThrow({ where: { userId: organizer.id } });
      return { id: grant.id };
    },
    tables: ['RoleGrant'],
  },
];
