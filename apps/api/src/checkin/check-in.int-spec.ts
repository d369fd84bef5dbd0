// Check-in on the real PostgreSQL: each answer at the door (admitted, already checked in with
// when and where, not valid for the zone or the day, revoked, superseded by a rotation, not
// approved), scans by reference and lookup by name, the offline bundle, idempotent scan ids,
// parallel scans of one badge at several doors, synced offline scans with a conflict, and bad
// codes (malformed, tampered, another edition's) that are answered and change nothing.
import { randomUUID } from 'node:crypto';
import { seedCatalogue, seedEdition, seedForum, seedOrganizer, type ForumFixture } from '../testing/fixtures.js';
import { startTestApi, type TestApi } from '../testing/test-api.js';
import { seedApplication } from '../accreditation/review/testing/accreditation-fixtures.js';
import { seedBadgeCategory } from '../badges/testing/badge-fixtures.js';
import { CheckInResolver } from './check-in.resolver.js';

const RESULT = 'scanId outcome admitted message conflict replayed previous { at point } participant { name reference badgeNumber category }';
const SCAN = `mutation($scan: CheckInScanInput!) { checkInScan(series: "china-central-asia", number: 11, scan: $scan) { ${RESULT} } }`;
const SYNC = `mutation($scans: [CheckInScanInput!]!) { syncCheckInScans(series: "china-central-asia", number: 11, scans: $scans) { ${RESULT} } }`;
const LOOKUP = `query($q: String!) { checkInLookup(series: "china-central-asia", number: 11, query: $q) { name reference badgeNumber } }`;
const BUNDLE = `query { checkInBundle(series: "china-central-asia", number: 11) { editionId timeZone zones keys { editionId publicKey } listing { badgeNumber currentSerial withdrawn approved participant { name } } admissions } }`;
const ISSUE = `mutation($id: ID!) { issueBadge(applicationId: $id) { id credential badgeNumber } }`;
const ROTATE = `mutation($id: ID!) { rotateBadge(badgeId: $id, reason: "lost") { id credential serial } }`;
const REVOKE = `mutation($id: ID!) { revokeBadge(badgeId: $id, reason: "withdrawn") { id } }`;

interface Result {
  scanId: string;
  outcome: string;
  admitted: boolean;
  message: string;
  conflict: boolean;
  replayed: boolean;
  previous: { at: string; point: string } | null;
  participant: { name: string; reference: string; badgeNumber: number | null; category: string } | null;
}
interface Issued {
  id: string;
  credential: string;
  badgeNumber: number;
}

const DAY = '2024-10-26';

describe(CheckInResolver.name, () => {
  let api: TestApi;
  let forum: ForumFixture;
  let categoryId = '';
  let otherEditionId = '';
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi({
      seed: async (prisma) => {
        await seedCatalogue(prisma);
        forum = await seedForum(prisma, { slug: 'china-central-asia', number: 11, sessions: 1 });
        otherEditionId = (await seedEdition(prisma, forum.seriesId, 12, { status: 'REGISTRATION_OPEN' })).id;
      },
    });
    categoryId = await seedBadgeCategory(api.prisma, forum.editionId, { slug: 'delegates', zones: ['venue', 'plenary-hall'], days: [DAY, '2024-10-27'] });
    // A category of the same edition that opens the VIP lounge: its zone is then one of the edition's.
    const vip = await seedBadgeCategory(api.prisma, forum.editionId, { slug: 'heads', kind: 'HEAD_OF_DELEGATION', zones: ['venue', 'vip-lounge'], days: [DAY] });
    for (const [name, grant] of [
      ['officer', { seriesSlug: 'china-central-asia', role: 'REGISTRATION_OFFICER' as const }],
      ['door', { seriesSlug: 'china-central-asia', editionNumber: 11, role: 'CHECKIN_STAFF' as const }],
      ['door2', { seriesSlug: 'china-central-asia', role: 'CHECKIN_STAFF' as const }],
      ['elsewhere', { seriesSlug: 'china-central-asia', editionNumber: 12, role: 'CHECKIN_STAFF' as const }],
    ] as const) {
      tokens[name] = (await api.signIn(await seedOrganizer(api.prisma, { grants: [grant] }))).accessToken;
    }
    await issue(await approvedIn(vip, 'Head', 'Of Delegation'));
  });

  afterAll(async () => {
    await api?.close();
  });

  const as = <T>(who: string, query: string, variables: Record<string, unknown> = {}) => api.gql<T>(query, variables, { token: tokens[who] });
  const approvedIn = async (category: string, givenName = 'Test', familyName = `Person ${randomUUID().slice(0, 6)}`) =>
    (await seedApplication(api.prisma, { editionId: forum.editionId, categoryId: category, status: 'APPROVED', givenName, familyName })).id;
  async function issue(applicationId: string): Promise<Issued> {
    const res = await as<{ issueBadge: Issued }>('officer', ISSUE, { id: applicationId });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.issueBadge;
  }
  const badge = async (givenName?: string, familyName?: string) => {
    const applicationId = await approvedIn(categoryId, givenName, familyName);
    return { applicationId, ...(await issue(applicationId)) };
  };
  const scan = async (who: string, fields: Record<string, unknown>) => {
    const res = await as<{ checkInScan: Result }>(who, SCAN, { scan: { scanId: randomUUID(), point: 'north-gate', zone: 'venue', day: DAY, ...fields } });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.checkInScan;
  };
  const scans = () => api.prisma.checkInScan.count();

  it('admits a valid badge once and records the scan with its point and staff member; a second scan is already checked in, with when and where', async () => {
    const { credential, badgeNumber } = await badge('Nino', 'Beridze');
    const first = await scan('door', { credential, point: 'north-gate' });
    expect(first).toMatchObject({ outcome: 'ADMITTED', admitted: true, participant: { name: 'Nino Beridze', badgeNumber, category: 'Delegate delegates' } });
    const row = await api.prisma.checkInScan.findUniqueOrThrow({ where: { scanId: first.scanId } });
    expect(row).toMatchObject({ point: 'north-gate', zone: 'venue', day: DAY, admitted: true, badgeNumber });
    expect(row.staffId).toBeTruthy();
    const second = await scan('door2', { credential, point: 'south-gate' });
    expect(second).toMatchObject({ outcome: 'ALREADY_CHECKED_IN', admitted: false, previous: { point: 'north-gate' } });
    expect(second.message).toMatch(/north-gate/);
    // Another zone the badge opens is a first entry there.
    expect(await scan('door', { credential, zone: 'plenary-hall' })).toMatchObject({ outcome: 'ADMITTED' });
  });

  it('answers the same scan id with the first answer and records it once', async () => {
    const { credential } = await badge();
    const scanId = randomUUID();
    const first = await scan('door', { scanId, credential });
    const before = await scans();
    const again = await scan('door', { scanId, credential });
    expect(again).toMatchObject({ scanId, outcome: first.outcome, replayed: true });
    const parallel = await Promise.all([1, 2, 3].map(() => scan('door', { scanId, credential })));
    expect(parallel.map((r) => r.outcome)).toEqual([first.outcome, first.outcome, first.outcome]);
    expect(await scans()).toBe(before);
  });

  // check-in-races.int-spec.ts holds the race with its gate and negative control, on both servers.
  it('admits one of several doors scanning one badge at the same moment', async () => {
    const { credential } = await badge();
    const answers = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((door) => scan('door', { credential, point: `gate-${door}` })));
    expect(answers.filter((a) => a.outcome === 'ADMITTED')).toHaveLength(1);
    expect(answers.filter((a) => a.outcome === 'ALREADY_CHECKED_IN')).toHaveLength(4);
  });

  it('refuses a zone the badge does not open and a day it is not valid on', async () => {
    const { credential } = await badge();
    expect(await scan('door', { credential, zone: 'vip-lounge' })).toMatchObject({ outcome: 'NOT_VALID_FOR_ZONE', admitted: false });
    expect(await scan('door', { credential, day: '2024-10-28' })).toMatchObject({ outcome: 'NOT_VALID_FOR_DAY', admitted: false });
    const unknownZone = await as('door', SCAN, { scan: { scanId: randomUUID(), credential, point: 'x', zone: 'roof', day: DAY } });
    expect(unknownZone.errors?.[0]?.message).toMatch(/zone.*"roof" is not a zone/s);
  });

  it('refuses a rotated badge’s old code and a revoked badge, and a participant no longer approved', async () => {
    const rotated = await badge();
    const fresh = (await as<{ rotateBadge: { credential: string } }>('officer', ROTATE, { id: rotated.id })).data?.rotateBadge;
    expect(await scan('door', { credential: rotated.credential })).toMatchObject({ outcome: 'REVOKED', admitted: false });
    expect(await scan('door', { credential: fresh?.credential })).toMatchObject({ outcome: 'ADMITTED' });

    const revoked = await badge();
    await as('officer', REVOKE, { id: revoked.id });
    expect(await scan('door', { credential: revoked.credential })).toMatchObject({ outcome: 'REVOKED' });

    const cancelled = await badge();
    await api.prisma.application.update({ where: { id: cancelled.applicationId }, data: { status: 'CANCELLED' } });
    expect(await scan('door', { credential: cancelled.credential })).toMatchObject({ outcome: 'NOT_APPROVED', admitted: false });
  });

  it('finds people by name and checks them in by reference', async () => {
    const { applicationId, badgeNumber } = await badge('Aigerim', 'Sadykova');
    const reference = (await api.prisma.application.findUniqueOrThrow({ where: { id: applicationId } })).reference;
    const found = await as<{ checkInLookup: { name: string; reference: string; badgeNumber: number }[] }>('door', LOOKUP, { q: 'sadyk aig' });
    expect(found.data?.checkInLookup).toEqual([{ name: 'Aigerim Sadykova', reference, badgeNumber }]);
    expect(await scan('door', { reference })).toMatchObject({ outcome: 'ADMITTED', participant: { reference } });
    expect(await scan('door', { reference: 'NOPE-123' })).toMatchObject({ outcome: 'NOT_FOUND' });
    const pending = (await seedApplication(api.prisma, { editionId: forum.editionId, categoryId, status: 'SUBMITTED' })).reference;
    expect(await scan('door', { reference: pending })).toMatchObject({ outcome: 'NOT_APPROVED' });
  });

  it('gives a device the bundle it needs offline: keys, zones, the listing with revocations, admissions so far', async () => {
    const res = await as<{ checkInBundle: { editionId: string; timeZone: string; zones: string[]; keys: { editionId: string }[]; listing: { badgeNumber: number; withdrawn: boolean; approved: boolean }[]; admissions: string[] } }>('door', BUNDLE);
    expect(res.errors).toBeUndefined();
    const bundle = res.data?.checkInBundle;
    expect(bundle).toMatchObject({ editionId: forum.editionId, timeZone: 'Asia/Shanghai', zones: ['venue', 'vip-lounge', 'plenary-hall'] });
    expect(bundle?.keys[0]?.editionId).toBe(forum.editionId);
    const badges = await api.prisma.badge.findMany({ include: { application: true } });
    expect(bundle?.listing).toHaveLength(badges.length);
    expect(bundle?.listing.filter((l) => l.withdrawn)).toHaveLength(badges.filter((b) => b.status === 'REVOKED').length);
    expect(bundle?.listing.filter((l) => !l.approved)).toHaveLength(1);
    expect(bundle?.admissions.length).toBe(await api.prisma.checkInScan.count({ where: { admitted: true } }));
  });

  it('syncs queued offline scans in scan order; an offline admission another door made first is a reported conflict, and a replayed sync records nothing twice', async () => {
    const { credential } = await badge();
    const online = await scan('door', { credential, point: 'north-gate', scannedAt: '2024-10-26T02:00:00Z' });
    expect(online.outcome).toBe('ADMITTED');
    const queued = [
      { scanId: randomUUID(), credential, point: 'east-gate', zone: 'venue', day: DAY, scannedAt: '2024-10-26T02:05:00Z', deviceOutcome: 'ADMITTED' },
      { scanId: randomUUID(), credential, point: 'east-gate', zone: 'plenary-hall', day: DAY, scannedAt: '2024-10-26T02:04:00Z', deviceOutcome: 'ADMITTED' },
    ];
    const synced = await as<{ syncCheckInScans: Result[] }>('door', SYNC, { scans: queued });
    expect(synced.errors).toBeUndefined();
    expect(synced.data?.syncCheckInScans.map((r) => [r.scanId, r.outcome, r.conflict])).toEqual([
      [queued[0]?.scanId, 'ALREADY_CHECKED_IN', true],
      [queued[1]?.scanId, 'ADMITTED', false],
    ]);
    expect(synced.data?.syncCheckInScans[0]?.previous?.point).toBe('north-gate');
    const before = await scans();
    const replay = await as<{ syncCheckInScans: Result[] }>('door', SYNC, { scans: queued });
    expect(replay.data?.syncCheckInScans.map((r) => [r.outcome, r.conflict, r.replayed])).toEqual([
      ['ALREADY_CHECKED_IN', true, true],
      ['ADMITTED', false, true],
    ]);
    expect(await scans()).toBe(before);
    const conflicts = await api.prisma.checkInScan.findMany({ where: { conflict: true } });
    expect(conflicts.map((c) => [c.point, c.offline, c.deviceOutcome])).toEqual([['east-gate', true, 'ADMITTED']]);
  });

  it('answers a malformed code, a tampered signature and another edition’s badge clearly, and records nothing', async () => {
    const { credential } = await badge();
    const otherCategory = await seedBadgeCategory(api.prisma, otherEditionId, { slug: 'other', zones: ['venue'], days: ['2025-06-10'] });
    const otherApp = (await seedApplication(api.prisma, { editionId: otherEditionId, categoryId: otherCategory, status: 'APPROVED' })).id;
    const foreign = await issue(otherApp);
    const last = credential.at(-1) === '0' ? '1' : '0';
    const tampered = credential.slice(0, -1) + last;
    const before = await scans();
    expect(await scan('door', { credential: 'https://example.org/not-a-badge' })).toMatchObject({ outcome: 'MALFORMED', admitted: false });
    expect(await scan('door', { credential: tampered })).toMatchObject({ outcome: 'FORGED', admitted: false });
    expect(await scan('door2', { credential: foreign.credential })).toMatchObject({ outcome: 'WRONG_EDITION', admitted: false });
    const both = await as('door', SCAN, { scan: { scanId: randomUUID(), credential, reference: 'X', point: 'p', zone: 'venue' } });
    expect(both.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const badId = await as('door', SCAN, { scan: { scanId: 'one', credential, point: 'p', zone: 'venue' } });
    expect(badId.errors?.[0]?.message).toMatch(/scanId/);
    expect(await scans()).toBe(before);
  });

  it('lets only check-in staff of this edition scan', async () => {
    const { credential } = await badge();
    const before = await scans();
    const elsewhere = await as('elsewhere', SCAN, { scan: { scanId: randomUUID(), credential, point: 'p', zone: 'venue', day: DAY } });
    expect(elsewhere.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const anonymous = await api.gql(SCAN, { scan: { scanId: randomUUID(), credential, point: 'p', zone: 'venue', day: DAY } });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(await scans()).toBe(before);
  });
});
