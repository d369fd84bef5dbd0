// Authorization-matrix cases of the organizer side of accreditation: decisions on applications
// (non-media ones need registration.review, media ones media.review), each on an application of
// its own in edition 11 of China–Central Asia.
import type { AccreditationKind } from '@caravan/db';
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

export const cases: AuthorizationCase[] = [
  decision('approveApplications', 'BUSINESS'),
  decision('rejectApplications', 'MEDIA'),
  decision('waitlistApplications', 'GOVERNMENT_OFFICIAL'),
  decision('cancelApplications', 'MEDIA'),
];
