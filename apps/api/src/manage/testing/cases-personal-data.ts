// Authorization-matrix cases of participants' personal data: erasing a participant
// (registration.edit), each run on an approved application of its own in edition 11 of
// China–Central Asia.
import { seedApplication, seedCategory } from '../../accreditation/review/testing/accreditation-fixtures.js';
import { inEdition, type AuthorizationCase, type MatrixContext } from './authorization-matrix.js';

const CCA = 'china-central-asia' as const;

async function application(ctx: MatrixContext): Promise<string> {
  const editionId = await ctx.editionId(CCA, 11);
  const categoryId = await seedCategory(ctx.prisma, editionId, { slug: ctx.unique('matrix-erasure'), kind: 'BUSINESS', capacity: 5 });
  return (await seedApplication(ctx.prisma, { editionId, categoryId, status: 'APPROVED' })).id;
}

export const cases: AuthorizationCase[] = [
  {
    name: 'eraseParticipant',
    action: 'registration.edit',
    series: CCA,
    scope: inEdition(CCA, 11),
    mutation: `mutation($id: ID!) { eraseParticipant(applicationId: $id) { applicationId reference } }`,
    variables: async (ctx) => ({ id: await application(ctx) }),
    tables: ['Application'],
  },
];
