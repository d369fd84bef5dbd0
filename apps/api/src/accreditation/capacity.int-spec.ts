// Capacity without oversell, through the real api on PostgreSQL: many visitors submitting at the
// same moment to an auto-approved category fill it exactly to capacity and the rest are
// waitlisted, on the machine's PostgreSQL and on the embedded default. The negative control runs
// the same race with the naive count-then-insert check and must oversell, so the test is shown
// to catch the bug it guards against.
import type { Prisma } from '@caravan/db';
import { race, RACE_SERVERS } from '../testing/races.js';
import { startTestApi, type TestApi } from '../testing/test-api.js';
import { CategoryPlaces } from './category-places.js';
import { seedOpenRegistration, SUBMIT, validAnswers, type RegistrationFixture } from './testing/registration-fixture.js';

const RACERS = 60;

/** The naive check: count the approved applications, then insert. Kept only as the negative control. */
class CountThenInsertPlaces extends CategoryPlaces {
  // Counted before the insert, while the race's gate (the audit table) still holds the writers.
  override readonly takesAtCommit = false;

  override async take(tx: Prisma.TransactionClient, categoryId: string): Promise<boolean> {
    const category = await tx.accreditationCategory.findUniqueOrThrow({ where: { id: categoryId } });
    const approved = await tx.application.count({ where: { categoryId, status: 'APPROVED' } });
    return category.capacity === null || approved < category.capacity;
  }
}

async function rush(api: TestApi, fixture: RegistrationFixture, tag: string) {
  return race(api, RACERS, (i) =>
    api.gql<{ submitApplication: { status: string } }>(SUBMIT, {
      input: { editionId: fixture.editionId, category: 'business', language: 'en', answers: validAnswers(fixture, `${tag}-${i}@example.org`) },
    }),
  );
}

async function placesOf(api: TestApi, fixture: RegistrationFixture) {
  const category = await api.prisma.accreditationCategory.findUniqueOrThrow({ where: { editionId_slug: { editionId: fixture.editionId, slug: 'business' } } });
  const counts = await api.prisma.application.groupBy({ by: ['status'], where: { categoryId: category.id }, _count: true });
  return { approvedCount: category.approvedCount, byStatus: Object.fromEntries(counts.map((c) => [c.status, c._count])) };
}

describe.each(RACE_SERVERS)('an auto-approved category of capacity 5 under a rush of 60 submissions, on $name', (server) => {
  let api: TestApi;
  let fixture!: RegistrationFixture;
  let stop: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    const started = await server.start();
    stop = started.stop;
    api = await startTestApi({
      server: started.server,
      seed: async (prisma) => {
        fixture = await seedOpenRegistration(prisma, { categories: { business: { capacity: 5, approval: 'AUTO_APPROVED', optional: ['photo'] } } });
      },
    });
  });
  afterAll(async () => {
    await api?.close();
    await stop();
  });

  it('approves exactly 5, waitlists the other 55 in order, and mails each its decision', async () => {
    const outcome = await rush(api, fixture, 'rush');
    expect(outcome.tally).toEqual({ ok: RACERS });
    const statuses = outcome.results.map((r) => r.data?.submitApplication.status);
    expect(statuses.filter((s) => s === 'APPROVED')).toHaveLength(5);
    expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(55);
    expect(await placesOf(api, fixture)).toEqual({ approvedCount: 5, byStatus: { APPROVED: 5, WAITLISTED: 55 } });
    const mails = await api.prisma.outboxJob.findMany({ where: { name: 'mail.send' }, select: { payload: true } });
    const kinds = mails.map((m) => (m.payload as { kind: string }).kind);
    expect(kinds.filter((k) => k === 'registration.approved')).toHaveLength(5);
    expect(kinds.filter((k) => k === 'registration.waitlisted')).toHaveLength(55);
    expect(await api.prisma.application.count({ where: { status: 'WAITLISTED', waitlistedAt: null } })).toBe(0);
  });
});

describe('the negative control: the same race against a naive count-then-insert check', () => {
  let api: TestApi;
  let fixture!: RegistrationFixture;

  beforeAll(async () => {
    api = await startTestApi({
      // Capacity 3, below the 4 writers the race holds at its gate: each of them counts before any commits, so the oversell is certain.
      seed: async (prisma) => {
        fixture = await seedOpenRegistration(prisma, { categories: { business: { capacity: 3, approval: 'AUTO_APPROVED', optional: ['photo'] } } });
      },
      overrides: [{ provide: CategoryPlaces, useClass: CountThenInsertPlaces }],
    });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('oversells: more applications approved than the category has places', async () => {
    const outcome = await rush(api, fixture, 'naive');
    expect(outcome.tally).toEqual({ ok: RACERS });
    const { byStatus } = await placesOf(api, fixture);
    expect(byStatus['APPROVED']).toBeGreaterThan(3);
  });
});
