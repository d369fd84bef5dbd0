// Authorization-matrix cases of the organizer side of accreditation: decisions on applications
// (non-media ones need registration.review, media ones media.review), each on an application of
// its own in edition 11 of China–Central Asia; delegation invitations and the CSV import
// (registration.edit), each on a delegation of its own there.
import { randomUUID } from 'node:crypto';
import type { AccreditationKind } from '@caravan/db';
import { ensureRegistration } from '@caravan/db/seed';
import { delegationCsvHeader } from '@caravan/forums/registration';
import { EDITION_FOR_REGISTRATION, formOf, toDomainCategory } from '../../accreditation/registration-context.js';
import { seedApplication, seedCategory } from '../../accreditation/review/testing/accreditation-fixtures.js';
import { inEdition, type AuthorizationCase, type MatrixContext } from './authorization-matrix.js';

const CCA = 'china-central-asia' as const;

/** A submitted application in a category of its own, so every run starts from the same state. */
async function application(ctx: MatrixContext, kind: AccreditationKind): Promise<string> {
  const editionId = await ctx.editionId(CCA, 11);
  const categoryId = await seedCategory(ctx.prisma, editionId, { slug: ctx.unique('matrix-category'), kind, capacity: 5 });
  const seeded = await seedApplication(ctx.prisma, { editionId, categoryId, ...(kind === 'MEDIA' ? { outlet: ctx.unique('outlet'), mediaRole: 'JOURNALIST' } : {}) });
  return seeded.id;
}

const decision = (name: string, kind: AccreditationKind): AuthorizationCase => ({
  name,
  action: kind === 'MEDIA' ? 'media.review' : 'registration.review',
  series: CCA,
  scope: inEdition(CCA, 11),
  mutation: `mutation($ids: [ID!]!) { ${name}(ids: $ids, reason: "Decided in the matrix") { id status error } }`,
  variables: async (ctx) => ({ ids: [await application(ctx, kind)] }),
  // Not OutboxJob: the dispatcher moves the mail rows of an earlier run on while a later one plays.
  tables: ['Application', 'AccreditationCategory'],
});

/** A delegation of its own in edition 11 (no country, so any number of them may exist). */
async function delegation(ctx: MatrixContext): Promise<string> {
  const editionId = await ctx.editionId(CCA, 11);
  return (await ctx.prisma.delegation.create({ data: { editionId, name: { en: ctx.unique('matrix-delegation') }, memberQuota: 10 } })).id;
}

/** Edition 11 registering (its form and default categories, created once) and a one-member CSV for its delegation category. */
async function memberCsv(ctx: MatrixContext): Promise<string> {
  const editionId = await ctx.editionId(CCA, 11);
  const edition = await ctx.prisma.edition.findUniqueOrThrow({ where: { id: editionId }, select: { ...EDITION_FOR_REGISTRATION } });
  await ensureRegistration(ctx.prisma, edition, { privacyNotice: { id: 'privacy-matrix', version: '1', text: { en: 'Kept for the forum only.' } }, categories: {} });
  const registering = await ctx.prisma.edition.findUniqueOrThrow({ where: { id: editionId }, select: { ...EDITION_FOR_REGISTRATION } });
  const category = await ctx.prisma.accreditationCategory.findUniqueOrThrow({ where: { editionId_slug: { editionId, slug: 'delegation-member' } } });
  const header = delegationCsvHeader(formOf(registering), toDomainCategory(category));
  const values: Record<string, string> = { 'Given name': 'Matrix', 'Family name': 'Member', Citizenship: 'KZ', Email: `matrix-${randomUUID()}@example.org`, Phone: '+7 7172 123456', Organization: 'Ministry', Position: 'Adviser' };
  return [header.join(','), header.map((column) => values[column] ?? '').join(',')].join('\n');
}

export const cases: AuthorizationCase[] = [
  decision('approveApplications', 'BUSINESS'),
  decision('rejectApplications', 'MEDIA'),
  decision('waitlistApplications', 'GOVERNMENT_OFFICIAL'),
  decision('cancelApplications', 'MEDIA'),
  {
    name: 'createDelegationInvitation',
    action: 'registration.edit',
    series: CCA,
    scope: inEdition(CCA, 11),
    mutation: `mutation($id: ID!) { createDelegationInvitation(delegationId: $id, language: "en", memberQuota: 4) { id url } }`,
    variables: async (ctx) => ({ id: await delegation(ctx) }),
    tables: ['DelegationInvitation', 'Delegation'],
  },
  {
    name: 'revokeDelegationInvitation',
    action: 'registration.edit',
    series: CCA,
    scope: inEdition(CCA, 11),
    mutation: `mutation($id: ID!) { revokeDelegationInvitation(id: $id) }`,
    variables: async (ctx) => {
      const invitation = await ctx.prisma.delegationInvitation.create({ data: { delegationId: await delegation(ctx), tokenHash: randomUUID(), expiresAt: new Date(Date.now() + 86_400_000) } });
      return { id: invitation.id };
    },
    tables: ['DelegationInvitation'],
  },
  {
    name: 'importDelegationMembers',
    action: 'registration.edit',
    series: CCA,
    scope: inEdition(CCA, 11),
    mutation: `mutation($id: ID!, $csv: String!) { importDelegationMembers(delegationId: $id, category: "delegation-member", csv: $csv) { reference } }`,
    variables: async (ctx) => ({ id: await delegation(ctx), csv: await memberCsv(ctx) }),
    tables: ['Application'],
  },
];
