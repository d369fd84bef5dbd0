// One badge scanned at several doors at the same moment is admitted once: the scan locks the
// badge's row before it looks for an earlier admission. Raced on the machine's PostgreSQL and on
// the embedded default, held at a gate on the scan table (testing/races.ts), with the negative
// control: with row locks that lock nothing, more than one door admits.
import { randomUUID } from 'node:crypto';
import { RowLocks } from '../common/write/row-locks.js';
import { seedApplication } from '../accreditation/review/testing/accreditation-fixtures.js';
import { seedBadgeCategory } from '../badges/testing/badge-fixtures.js';
import { seedCatalogue, seedForum, seedOrganizer } from '../testing/fixtures.js';
import { race, RACE_SERVERS, useRaceApis } from '../testing/races.js';
import type { TestApi } from '../testing/test-api.js';

const RACERS = 6;
const SCAN = `mutation($scan: CheckInScanInput!) { checkInScan(series: "china-central-asia", number: 11, scan: $scan) { outcome } }`;
const ISSUE = `mutation($id: ID!) { issueBadge(applicationId: $id) { credential } }`;

/** A badge of a fresh approved participant, and the token of a door steward, on `api`. */
async function doorWithBadge(api: TestApi): Promise<{ token: string; credential: string }> {
  const prisma = api.prisma;
  if ((await prisma.series.count({ where: { slug: 'china-central-asia' } })) === 0) {
    await seedCatalogue(prisma);
    await seedForum(prisma, { slug: 'china-central-asia', number: 11, sessions: 1 });
  }
  const edition = await prisma.edition.findFirstOrThrow({ where: { number: 11, series: { slug: 'china-central-asia' } } });
  const categoryId = await seedBadgeCategory(prisma, edition.id, { slug: `race-${randomUUID().slice(0, 8)}`, zones: ['venue'], days: ['2024-10-26'] });
  const applicationId = (await seedApplication(prisma, { editionId: edition.id, categoryId, status: 'APPROVED' })).id;
  const officer = (await api.signIn(await seedOrganizer(prisma, { grants: [{ seriesSlug: 'china-central-asia', role: 'REGISTRATION_OFFICER' }] }))).accessToken;
  const issued = await api.gql<{ issueBadge: { credential: string } }>(ISSUE, { id: applicationId }, { token: officer });
  if (!issued.data) throw new Error(JSON.stringify(issued.errors));
  const token = (await api.signIn(await seedOrganizer(prisma, { grants: [{ seriesSlug: 'china-central-asia', role: 'CHECKIN_STAFF' }] }))).accessToken;
  return { token, credential: issued.data.issueBadge.credential };
}

async function raceDoors(api: TestApi): Promise<{ admitted: number; outcomes: string[] }> {
  const { token, credential } = await doorWithBadge(api);
  const outcome = await race(
    api,
    RACERS,
    (i) => api.gql<{ checkInScan: { outcome: string } }>(SCAN, { scan: { scanId: randomUUID(), credential, point: `gate-${i}`, zone: 'venue', day: '2024-10-26' } }, { token }),
    'CheckInScan',
  );
  const outcomes = outcome.results.map((r) => r.data?.checkInScan.outcome ?? String(r.errors?.[0]?.extensions?.['code']));
  return { admitted: outcomes.filter((o) => o === 'ADMITTED').length, outcomes };
}

describe.each(RACE_SERVERS)(`check-in at several doors at once on $name (${RowLocks.name})`, (server) => {
  const { api, unguarded } = useRaceApis(server, { unguarded: { rowLocks: false } });

  it('admits the badge at one door; the others answer ALREADY_CHECKED_IN', async () => {
    const { outcomes } = await raceDoors(api);
    expect(outcomes.sort()).toEqual(['ADMITTED', ...Array<string>(RACERS - 1).fill('ALREADY_CHECKED_IN')].sort());
  });

  it('negative control: with row locks that lock nothing, more than one door admits', async () => {
    const { admitted } = await raceDoors(unguarded);
    expect(admitted).toBeGreaterThan(1);
  });
});
