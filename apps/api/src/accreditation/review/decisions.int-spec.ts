// Organizers' decisions on the real PostgreSQL: per-id outcomes, places and promotion, reasons
// and audit, mail through the outbox, the media quotas, who may decide what, and races: parallel
// approvals for the last place, parallel media approvals for an outlet's last place, and
// parallel replays of one Idempotency-Key.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@caravan/db';
import { seedCatalogue, seedForum, seedOrganizer, type ForumFixture } from '../../testing/fixtures.js';
import { startTestApi, type TestApi } from '../../testing/test-api.js';
import { DecisionsResolver } from './decisions.resolver.js';
import { seedApplication, seedCategory, type ApplicationSeed } from './testing/accreditation-fixtures.js';

const DECIDE = (name: string) => `mutation($ids: [ID!]!, $reason: String) { ${name}(ids: $ids, reason: $reason) { id status error message promoted } }`;
const APPROVE = DECIDE('approveApplications');
const REJECT = DECIDE('rejectApplications');
const WAITLIST = DECIDE('waitlistApplications');
const CANCEL = DECIDE('cancelApplications');

interface Outcome {
  id: string;
  status: string | null;
  error: string | null;
  message: string | null;
  promoted: string[];
}
type Answer = Record<string, Outcome[]>;

async function seedMediaQuotas(prisma: PrismaClient, editionId: string, quotas: { perOutlet: number | null; perCountry: number | null }): Promise<void> {
  await prisma.registrationSetup.create({
    data: { editionId, form: {}, privacyNoticeId: 'privacy-test', privacyNoticeVersion: '1', privacyNotice: { en: 'Kept for the forum only.' }, mediaQuotas: quotas },
  });
}

describe(DecisionsResolver.name, () => {
  let api: TestApi;
  let forum: ForumFixture;
  const tokens: Record<string, string> = {};
  const officerIds: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi({
      seed: async (prisma) => {
        await seedCatalogue(prisma);
        forum = await seedForum(prisma, { slug: 'china-central-asia', number: 11, sessions: 1 });
      },
    });
    await seedMediaQuotas(api.prisma, forum.editionId, { perOutlet: 1, perCountry: 2 });
    const organizer = async (name: string, grants: Parameters<typeof seedOrganizer>[1]) => {
      const account = await seedOrganizer(api.prisma, grants);
      officerIds[name] = account.id;
      tokens[name] = (await api.signIn(account)).accessToken;
    };
    await organizer('registration', { grants: [{ seriesSlug: 'china-central-asia', role: 'REGISTRATION_OFFICER' }] });
    await organizer('registration2', { grants: [{ seriesSlug: 'china-central-asia', editionNumber: 11, role: 'REGISTRATION_OFFICER' }] });
    await organizer('media', { grants: [{ seriesSlug: 'china-central-asia', editionNumber: 11, role: 'MEDIA_OFFICER' }] });
    await organizer('media2', { grants: [{ seriesSlug: 'china-central-asia', role: 'MEDIA_OFFICER' }] });
  });

  afterAll(async () => {
    await api?.close();
  });

  const decide = (mutation: string, who: string, ids: string[], reason: string | null = null, headers?: Record<string, string>) =>
    api.gql<Answer>(mutation, { ids, reason }, { token: tokens[who], ...(headers ? { headers } : {}) });
  const outcomes = (answer: { data?: Answer | null }) => Object.values(answer.data ?? {})[0] ?? [];
  const category = (kind: 'BUSINESS' | 'MEDIA', capacity: number | null = null) => seedCategory(api.prisma, forum.editionId, { slug: `${kind.toLowerCase()}-${randomUUID().slice(0, 8)}`, kind, capacity });
  const submitted = (categoryId: string, extra: Partial<ApplicationSeed> = {}) =>
    seedApplication(api.prisma, { editionId: forum.editionId, categoryId, ...extra });
  const statusOf = async (id: string) => (await api.prisma.application.findUniqueOrThrow({ where: { id } })).status;
  const approvedCount = async (id: string) => (await api.prisma.accreditationCategory.findUniqueOrThrow({ where: { id } })).approvedCount;

  it('approves within capacity; the id past it gets CATEGORY_FULL and the others proceed, each audited with the reviewer and the reason, each mailed', async () => {
    const business = await category('BUSINESS', 2);
    const apps = await Promise.all([1, 2, 3].map(() => submitted(business)));
    const outboxBefore = await api.prisma.outboxJob.count();
    const res = await decide(APPROVE, 'registration', apps.map((a) => a.id), 'Welcome to the forum');
    expect(res.errors).toBeUndefined();
    expect(outcomes(res).map((o) => [o.status, o.error])).toEqual([
      ['APPROVED', null],
      ['APPROVED', null],
      ['SUBMITTED', 'CATEGORY_FULL'],
    ]);
    expect(await approvedCount(business)).toBe(2);
    const audit = await api.prisma.auditEntry.findMany({ where: { entityId: { in: apps.map((a) => a.id) } } });
    expect(audit.map((row) => [row.entityId, row.actorId, (row.after as { reason: string }).reason]).sort()).toEqual(
      apps.slice(0, 2).map((a) => [a.id, officerIds['registration'], 'Welcome to the forum']).sort(),
    );
    expect((await api.prisma.application.findUniqueOrThrow({ where: { id: apps[0]?.id ?? '' } })).decidedById).toBe(officerIds['registration']);
    // One approval mail per approved application, recorded in the same transaction.
    expect(await api.prisma.outboxJob.count()).toBe(outboxBefore + 2);
  });

  it('asks a reason to reject or cancel, and writes nothing without one', async () => {
    const business = await category('BUSINESS');
    const app = await submitted(business);
    const auditBefore = await api.prisma.auditEntry.count();
    for (const mutation of [REJECT, CANCEL]) {
      const res = await decide(mutation, 'registration', [app.id]);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'reason' }] });
    }
    expect(await statusOf(app.id)).toBe('SUBMITTED');
    expect(await api.prisma.auditEntry.count()).toBe(auditBefore);
    const rejected = await decide(REJECT, 'registration', [app.id], 'Not a business participant');
    expect(outcomes(rejected)).toEqual([{ id: app.id, status: 'REJECTED', error: null, message: null, promoted: [] }]);
    expect((await api.prisma.application.findUniqueOrThrow({ where: { id: app.id } })).decisionReason).toBe('Not a business participant');
    // A final status stays final: the lifecycle refuses, per id.
    const again = await decide(APPROVE, 'registration', [app.id]);
    expect(outcomes(again)).toEqual([{ id: app.id, status: 'REJECTED', error: 'APPLICATION_TRANSITION_REFUSED', message: expect.any(String), promoted: [] }]);
  });

  it('promotes the first waitlisted into the place a cancelled approval frees', async () => {
    const business = await category('BUSINESS', 1);
    const approved = await submitted(business, { status: 'APPROVED' });
    const first = await submitted(business, { status: 'WAITLISTED', waitlistedAt: new Date('2026-01-01T00:00:00Z') });
    const second = await submitted(business, { status: 'WAITLISTED', waitlistedAt: new Date('2026-01-02T00:00:00Z') });
    const res = await decide(CANCEL, 'registration', [approved.id], 'Replaced by a colleague');
    expect(outcomes(res)).toEqual([{ id: approved.id, status: 'CANCELLED', error: null, message: null, promoted: [first.id] }]);
    expect([await statusOf(first.id), await statusOf(second.id)]).toEqual(['APPROVED', 'WAITLISTED']);
    expect(await approvedCount(business)).toBe(1);
    const waitlisted = await submitted(business);
    expect(outcomes(await decide(WAITLIST, 'registration', [waitlisted.id]))[0]?.status).toBe('WAITLISTED');
  });

  it('refuses the whole batch when one id is outside the caller’s categories, and writes nothing', async () => {
    const business = await category('BUSINESS');
    const media = await category('MEDIA');
    const b = await submitted(business);
    const m = await submitted(media, { outlet: 'Kabar', mediaRole: 'JOURNALIST', citizenship: 'KG' });
    const auditBefore = await api.prisma.auditEntry.count();
    for (const [who, ids] of [['registration', [b.id, m.id]], ['media', [m.id, b.id]], ['media', [b.id]]] as const) {
      const res = await decide(APPROVE, who, [...ids]);
      expect({ who, code: res.errors?.[0]?.extensions?.['code'] }).toEqual({ who, code: 'FORBIDDEN' });
    }
    expect([await statusOf(b.id), await statusOf(m.id)]).toEqual(['SUBMITTED', 'SUBMITTED']);
    expect(await api.prisma.auditEntry.count()).toBe(auditBefore);
    expect(outcomes(await decide(APPROVE, 'media', [m.id]))[0]).toMatchObject({ status: 'APPROVED', error: null });
    const unknown = randomUUID();
    expect(outcomes(await decide(APPROVE, 'registration', [b.id, unknown]))).toEqual([
      { id: b.id, status: 'APPROVED', error: null, message: null, promoted: [] },
      { id: unknown, status: null, error: 'NOT_FOUND', message: expect.any(String), promoted: [] },
    ]);
  });

  it('keeps media approvals within the quotas per outlet and per country', async () => {
    await api.prisma.application.updateMany({ where: { editionId: forum.editionId, category: { kind: 'MEDIA' }, status: 'APPROVED' }, data: { status: 'CANCELLED' } });
    const media = await category('MEDIA');
    const first = await submitted(media, { outlet: 'Xinhua News Agency', citizenship: 'CN', mediaRole: 'JOURNALIST' });
    const sameOutlet = await submitted(media, { outlet: 'XINHUA  news agency.', citizenship: 'CN', mediaRole: 'CAMERA' });
    const second = await submitted(media, { outlet: 'CGTN', citizenship: 'CN', mediaRole: 'PHOTO' });
    const thirdFromCountry = await submitted(media, { outlet: 'China Daily', citizenship: 'CN', mediaRole: 'JOURNALIST' });
    const res = await decide(APPROVE, 'media', [first.id, sameOutlet.id, second.id, thirdFromCountry.id]);
    expect(outcomes(res).map((o) => [o.status, o.error])).toEqual([
      ['APPROVED', null],
      ['SUBMITTED', 'MEDIA_QUOTA_FULL'],
      ['APPROVED', null],
      ['SUBMITTED', 'MEDIA_QUOTA_FULL'],
    ]);
    expect(outcomes(res)[1]?.message).toContain('XINHUA');
  });

  it('lets exactly one of many parallel approvals take the last place', async () => {
    const business = await category('BUSINESS', 1);
    const apps = await Promise.all(Array.from({ length: 10 }, () => submitted(business)));
    const answers = await Promise.all(apps.map((app, i) => decide(APPROVE, i % 2 === 0 ? 'registration' : 'registration2', [app.id])));
    const all = answers.flatMap(outcomes);
    expect(answers.every((a) => a.errors === undefined)).toBe(true);
    expect(all.filter((o) => o.status === 'APPROVED')).toHaveLength(1);
    expect(all.filter((o) => o.error === 'CATEGORY_FULL')).toHaveLength(9);
    expect(await approvedCount(business)).toBe(1);
    expect(await api.prisma.application.count({ where: { categoryId: business, status: 'APPROVED' } })).toBe(1);
  });

  it("lets exactly one of many parallel media approvals take an outlet's last place", async () => {
    const media = await category('MEDIA');
    const apps = await Promise.all(Array.from({ length: 8 }, (_, i) => submitted(media, { outlet: 'Trend News Agency', citizenship: i % 2 === 0 ? 'AZ' : 'GE', mediaRole: 'JOURNALIST' })));
    const answers = await Promise.all(apps.map((app, i) => decide(APPROVE, i % 2 === 0 ? 'media' : 'media2', [app.id])));
    const all = answers.flatMap(outcomes);
    expect(all.filter((o) => o.status === 'APPROVED')).toHaveLength(1);
    expect(all.filter((o) => o.error === 'MEDIA_QUOTA_FULL')).toHaveLength(7);
  });

  it('answers parallel replays of one Idempotency-Key with the first outcomes, deciding once; other ids with the key are refused', async () => {
    const business = await category('BUSINESS', 5);
    const apps = await Promise.all([1, 2].map(() => submitted(business)));
    const key = randomUUID();
    const auditBefore = await api.prisma.auditEntry.count();
    const outboxBefore = await api.prisma.outboxJob.count();
    const answers = await Promise.all(Array.from({ length: 6 }, () => decide(APPROVE, 'registration', apps.map((a) => a.id), 'Approved', { 'Idempotency-Key': key })));
    expect(answers.map((a) => a.errors)).toEqual(answers.map(() => undefined));
    const firstAnswer = outcomes(answers[0] ?? {});
    expect(firstAnswer.map((o) => o.status)).toEqual(['APPROVED', 'APPROVED']);
    for (const answer of answers) expect(outcomes(answer)).toEqual(firstAnswer);
    expect(await approvedCount(business)).toBe(2);
    expect(await api.prisma.auditEntry.count()).toBe(auditBefore + 2);
    expect(await api.prisma.outboxJob.count()).toBe(outboxBefore + 2);
    const other = await decide(APPROVE, 'registration', [apps[0]?.id ?? ''], 'Approved', { 'Idempotency-Key': key });
    expect(other.errors?.[0]?.extensions?.['code']).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});
