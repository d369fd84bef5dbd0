// Authorization-matrix cases of badges (badge.issue) and check-in (checkin.record), each on
// records of its own: an approved application in a category of its own in edition 11 of
// China–Central Asia, its badge issued the way the api issues it; the edition's rendering in an
// edition of its own (issuing every approved application's badge there).
import { randomUUID } from 'node:crypto';
import { seedApplication } from '../../accreditation/review/testing/accreditation-fixtures.js';
import { DEVELOPMENT_BADGE_KEY_SECRET } from '../../badges/badge-key-secret.js';
import { BadgeIssuer } from '../../badges/badge-issuer.js';
import { SigningKeyCipher } from '../../badges/signing-key-cipher.js';
import { seedBadgeCategory } from '../../badges/testing/badge-fixtures.js';
import { seedEdition } from '../../testing/fixtures.js';
import { inEdition, type AuthorizationCase, type MatrixContext } from './authorization-matrix.js';

const CCA = 'china-central-asia' as const;
const DAY = '2024-10-26';

// The matrix's api runs without BADGE_KEY_SECRET, so it reads keys under the development secret.
const issuer = new BadgeIssuer(new SigningKeyCipher(new TextEncoder().encode(DEVELOPMENT_BADGE_KEY_SECRET)));

async function approved(ctx: MatrixContext, editionId: string): Promise<string> {
  const categoryId = await seedBadgeCategory(ctx.prisma, editionId, { slug: ctx.unique('matrix-badges'), zones: ['venue'], days: [DAY] });
  return (await seedApplication(ctx.prisma, { editionId, categoryId, status: 'APPROVED' })).id;
}

async function issued(ctx: MatrixContext): Promise<{ id: string; credential: string }> {
  const applicationId = await approved(ctx, await ctx.editionId(CCA, 11));
  return ctx.prisma.$transaction((tx) => issuer.ensure(tx, applicationId));
}

const scan = async (ctx: MatrixContext) => ({ scanId: randomUUID(), credential: (await issued(ctx)).credential, point: 'matrix-gate', zone: 'venue', day: DAY });

const BADGE = '{ id badgeNumber serial status }';
const RUN = '{ id status total }';

export const cases: AuthorizationCase[] = [
  {
    name: 'issueBadge',
    action: 'badge.issue',
    series: CCA,
    scope: inEdition(CCA, 11),
    mutation: `mutation($id: ID!) { issueBadge(applicationId: $id) ${BADGE} }`,
    variables: async (ctx) => ({ id: await approved(ctx, await ctx.editionId(CCA, 11)) }),
    tables: ['Badge', 'EditionSigningKey'],
  },
  {
    name: 'rotateBadge',
    action: 'badge.issue',
    series: CCA,
    scope: inEdition(CCA, 11),
    mutation: `mutation($id: ID!) { rotateBadge(badgeId: $id, reason: "lost in the matrix") ${BADGE} }`,
    variables: async (ctx) => ({ id: (await issued(ctx)).id }),
    tables: ['Badge', 'EditionSigningKey'],
  },
  {
    name: 'revokeBadge',
    action: 'badge.issue',
    series: CCA,
    scope: inEdition(CCA, 11),
    mutation: `mutation($id: ID!) { revokeBadge(badgeId: $id, reason: "withdrawn in the matrix") ${BADGE} }`,
    variables: async (ctx) => ({ id: (await issued(ctx)).id }),
    tables: ['Badge'],
  },
  {
    name: 'renderEditionBadges',
    action: 'badge.issue',
    series: CCA,
    scope: async (ctx, v) => inEdition(CCA, Number(v['number']))(ctx),
    mutation: `mutation($number: Int!) { renderEditionBadges(series: "china-central-asia", number: $number) ${RUN} }`,
    variables: async (ctx) => {
      const edition = await seedEdition(ctx.prisma, await ctx.seriesId(CCA), ctx.uniqueNumber(), { status: 'REGISTRATION_OPEN' });
      await approved(ctx, edition.id);
      return { number: edition.number };
    },
    tables: ['BadgeRenderRun', 'Badge', 'EditionSigningKey'],
  },
  {
    name: 'cancelBadgeRender',
    action: 'badge.issue',
    series: CCA,
    scope: inEdition(CCA, 11),
    mutation: `mutation($id: ID!) { cancelBadgeRender(runId: $id) ${RUN} }`,
    variables: async (ctx) => ({ id: (await ctx.prisma.badgeRenderRun.create({ data: { editionId: await ctx.editionId(CCA, 11) } })).id }),
    tables: ['BadgeRenderRun'],
  },
  {
    name: 'checkInScan',
    action: 'checkin.record',
    series: CCA,
    scope: inEdition(CCA, 11),
    mutation: `mutation($scan: CheckInScanInput!) { checkInScan(series: "china-central-asia", number: 11, scan: $scan) { outcome } }`,
    variables: async (ctx) => ({ scan: await scan(ctx) }),
    tables: ['CheckInScan'],
  },
  {
    name: 'syncCheckInScans',
    action: 'checkin.record',
    series: CCA,
    scope: inEdition(CCA, 11),
    mutation: `mutation($scans: [CheckInScanInput!]!) { syncCheckInScans(series: "china-central-asia", number: 11, scans: $scans) { outcome conflict } }`,
    variables: async (ctx) => ({ scans: [{ ...(await scan(ctx)), scannedAt: '2024-10-26T03:00:00Z', deviceOutcome: 'ADMITTED' }] }),
    tables: ['CheckInScan'],
  },
];
