// The retention pass anonymises the participants of an edition once its last day is more than its
// retention period ago, and nobody else: each erasure is audited as the system's, and a second
// pass finds nothing left to do.
import { randomUUID } from 'node:crypto';
import { seedApplication, seedCategory } from '../accreditation/review/testing/accreditation-fixtures.js';
import { seedOpenRegistration, type RegistrationFixture } from '../accreditation/testing/registration-fixture.js';
import { seedEdition } from '../testing/fixtures.js';
import { startTestApi, type TestApi } from '../testing/test-api.js';
import { PersonalDataRetention } from './personal-data-retention.js';
import { searchDatabase } from './testing/trace-search.js';

describe('personal-data retention', () => {
  let api: TestApi;
  let fixture!: RegistrationFixture;

  beforeAll(async () => {
    api = await startTestApi({
      seed: async (prisma) => {
        fixture = await seedOpenRegistration(prisma);
      },
      env: { REDIS_URL: 'off', OUTBOX_POLL_MS: '600000' },
    });
  });
  afterAll(async () => {
    await api?.close();
  });

  async function applicant(editionId: string) {
    const categoryId = await seedCategory(api.prisma, editionId, { slug: `retention-${randomUUID().slice(0, 8)}`, kind: 'BUSINESS', capacity: 5 });
    const familyName = `Retenford${randomUUID().replace(/[^a-f]/g, '').slice(0, 6)}`;
    const seeded = await seedApplication(api.prisma, { editionId, categoryId, status: 'APPROVED', familyName });
    return { id: seeded.id, familyName };
  }

  it('anonymises the participants of an edition past its retention period, and only them', async () => {
    // Edition 61 ended on 2025-06-12 and keeps personal data 30 days: due from 2025-07-13.
    const past = await seedEdition(api.prisma, fixture.seriesId, 61);
    await api.prisma.edition.update({ where: { id: past.id }, data: { personalDataRetentionDays: 30 } });
    const due = await applicant(past.id);
    const upcoming = await applicant(fixture.editionId);
    const retention = api.app.get(PersonalDataRetention);

    expect(await retention.run(new Date('2025-07-12T23:00:00Z'))).toEqual({ erased: 0 });
    expect(await searchDatabase(api.prisma, due.familyName)).not.toEqual([]);

    expect(await retention.run(new Date('2025-07-13T08:00:00Z'))).toEqual({ erased: 1 });
    expect(await searchDatabase(api.prisma, due.familyName)).toEqual([]);
    expect(await api.prisma.application.count({ where: { id: due.id, status: 'APPROVED' } })).toBe(1);
    const audit = await api.prisma.auditEntry.findMany({ where: { entityId: due.id, action: 'delete' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: null, after: { erased: true, by: 'RETENTION', retentionDays: 30 } });
    // The upcoming edition's participant is kept, and a second pass has nothing to do.
    expect((await api.prisma.application.findUniqueOrThrow({ where: { id: upcoming.id } })).familyName).toBe(upcoming.familyName);
    expect(await retention.run(new Date('2025-07-14T08:00:00Z'))).toEqual({ erased: 0 });
  });

  it('refuses a retention period outside 1 to 3650 days in the database', async () => {
    await expect(api.prisma.edition.update({ where: { id: fixture.editionId }, data: { personalDataRetentionDays: 0 } })).rejects.toThrow(/personalDataRetentionDays_check/);
  });
});
