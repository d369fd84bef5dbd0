// Badges on the real PostgreSQL and Redis: the signing key stored encrypted, issue, the PDF
// whose QR decodes (zbarimg, 150 dpi) to a credential that verifies with the edition's public
// key, rotate and revoke, who may, and the whole edition rendered by a real worker process into
// storage with its progress, and a cancelled rendering.
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createKeyring, verifyCredential } from '@caravan/documents/credential';
import { seedCatalogue, seedForum, seedOrganizer, type ForumFixture } from '../testing/fixtures.js';
import { startTestApi, type TestApi } from '../testing/test-api.js';
import { startWorkerProcess, until, type WorkerProcess } from '../testing/worker-process.js';
import { seedApplication } from '../accreditation/review/testing/accreditation-fixtures.js';
import { BadgesResolver } from './badges.resolver.js';
import { pageCount, qrCodesOf, seedBadgeCategory } from './testing/badge-fixtures.js';

const BADGE = 'id applicationId badgeNumber serial status credential revokedReason';
const ISSUE = `mutation($id: ID!) { issueBadge(applicationId: $id) { ${BADGE} } }`;
const ROTATE = `mutation($id: ID!, $reason: String!) { rotateBadge(badgeId: $id, reason: $reason) { ${BADGE} } }`;
const REVOKE = `mutation($id: ID!, $reason: String!) { revokeBadge(badgeId: $id, reason: $reason) { ${BADGE} } }`;
const PDF = `query($id: ID!) { badgePdf(applicationId: $id) { fileName contentType base64 } }`;
const RUN = 'id status total done mergedKey error cancelRequested';
const RENDER = `mutation { renderEditionBadges(series: "china-central-asia", number: 11) { ${RUN} } }`;
const CANCEL = `mutation($id: ID!) { cancelBadgeRender(runId: $id) { ${RUN} } }`;
const WATCH = `query($id: ID!) { badgeRenderRun(runId: $id) { ${RUN} } }`;

interface Badge {
  id: string;
  applicationId: string;
  badgeNumber: number;
  serial: number;
  status: string;
  credential: string;
  revokedReason: string | null;
}
interface Run {
  id: string;
  status: string;
  total: number;
  done: number;
  mergedKey: string | null;
  cancelRequested: boolean;
}

describe(BadgesResolver.name, () => {
  let api: TestApi;
  let forum: ForumFixture;
  let storageRoot: string;
  let worker: WorkerProcess | undefined;
  const prefix = `badges-${randomUUID().slice(0, 8)}`;
  const tokens: Record<string, string> = {};
  const approved: string[] = [];
  let submitted = '';

  beforeAll(async () => {
    storageRoot = await mkdtemp(path.join(tmpdir(), 'caravan-badges-'));
    api = await startTestApi({
      seed: async (prisma) => {
        await seedCatalogue(prisma);
        forum = await seedForum(prisma, { slug: 'china-central-asia', number: 11, sessions: 1 });
      },
      env: { BULL_PREFIX: prefix, STORAGE_LOCAL_ROOT: storageRoot, OUTBOX_POLL_MS: '100' },
    });
    const category = await seedBadgeCategory(api.prisma, forum.editionId, { slug: 'delegates', zones: ['venue', 'plenary-hall'], days: ['2024-10-26', '2024-10-27'] });
    approved.push((await seedApplication(api.prisma, { editionId: forum.editionId, categoryId: category, status: 'APPROVED', givenName: 'Nino', familyName: 'Beridze', organization: 'Ministry of Economy' })).id);
    approved.push((await seedApplication(api.prisma, { editionId: forum.editionId, categoryId: category, status: 'APPROVED', givenName: 'Aigerim', familyName: 'Sadykova' })).id);
    approved.push((await seedApplication(api.prisma, { editionId: forum.editionId, categoryId: category, status: 'APPROVED', givenName: 'Wang', familyName: 'Lei' })).id);
    submitted = (await seedApplication(api.prisma, { editionId: forum.editionId, categoryId: category, status: 'SUBMITTED' })).id;
    for (const [name, role] of [['officer', 'REGISTRATION_OFFICER'], ['door', 'CHECKIN_STAFF']] as const) {
      tokens[name] = (await api.signIn(await seedOrganizer(api.prisma, { grants: [{ seriesSlug: 'china-central-asia', editionNumber: 11, role }] }))).accessToken;
    }
  });

  afterAll(async () => {
    await worker?.kill();
    await api?.close();
    await rm(storageRoot, { recursive: true, force: true });
  });

  const as = <T>(who: string, query: string, variables: Record<string, unknown> = {}) => api.gql<T>(query, variables, { token: tokens[who] });
  const keyring = async () => {
    const keys = await api.prisma.editionSigningKey.findMany({ select: { editionId: true, publicKey: true } });
    return createKeyring(forum.editionId, keys);
  };

  it('issues an approved application’s badge with the next number, once, signed by a key stored encrypted', async () => {
    const first = await as<{ issueBadge: Badge }>('officer', ISSUE, { id: approved[0] });
    expect(first.errors).toBeUndefined();
    expect(first.data?.issueBadge).toMatchObject({ badgeNumber: 1, serial: 0, status: 'ACTIVE' });
    const again = await as<{ issueBadge: Badge }>('officer', ISSUE, { id: approved[0] });
    expect(again.data?.issueBadge.id).toBe(first.data?.issueBadge.id);
    expect(await api.prisma.badge.count()).toBe(1);
    const key = await api.prisma.editionSigningKey.findUniqueOrThrow({ where: { editionId: forum.editionId } });
    expect(key.privateKeyEncrypted).toMatch(/^v1\./);
    expect(key.zones).toEqual(['venue', 'plenary-hall']);
    const verified = verifyCredential(await keyring(), first.data?.issueBadge.credential ?? '');
    expect(verified).toMatchObject({ status: 'valid', claims: { badgeNumber: 1, serial: 0, zones: [0, 1], days: ['2024-10-26', '2024-10-27'] } });
  });

  it('refuses a badge for an application that is not approved, and a door steward, writing nothing', async () => {
    const before = await api.prisma.badge.count();
    const auditBefore = await api.prisma.auditEntry.count();
    const pending = await as('officer', ISSUE, { id: submitted });
    expect(pending.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(pending.errors?.[0]?.message).toMatch(/applicationId.*only approved applications get a badge/s);
    const door = await as('door', ISSUE, { id: approved[1] });
    expect(door.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(await api.prisma.badge.count()).toBe(before);
    expect(await api.prisma.auditEntry.count()).toBe(auditBefore);
  });

  it('serves the badge as a PDF whose QR decodes with zbarimg to the credential, which verifies with the public key', async () => {
    const issued = await as<{ issueBadge: Badge }>('officer', ISSUE, { id: approved[1] });
    const res = await as<{ badgePdf: { fileName: string; contentType: string; base64: string } }>('officer', PDF, { id: approved[1] });
    expect(res.errors).toBeUndefined();
    expect(res.data?.badgePdf).toMatchObject({ fileName: 'badge-2.pdf', contentType: 'application/pdf' });
    const pdf = Buffer.from(res.data?.badgePdf.base64 ?? '', 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const codes = await qrCodesOf(pdf);
    expect(codes).toEqual([issued.data?.issueBadge.credential]);
    expect(verifyCredential(await keyring(), codes[0] ?? '')).toMatchObject({ status: 'valid', claims: { badgeNumber: 2 } });
  });

  it('rotates a badge (a new serial and code) and revokes it, each with a reason in the audit trail', async () => {
    const issued = (await as<{ issueBadge: Badge }>('officer', ISSUE, { id: approved[2] })).data?.issueBadge;
    const missing = await as('officer', ROTATE, { id: issued?.id, reason: '  ' });
    expect(missing.errors?.[0]?.message).toMatch(/reason/);
    const rotated = (await as<{ rotateBadge: Badge }>('officer', ROTATE, { id: issued?.id, reason: 'lost at the hotel' })).data?.rotateBadge;
    expect(rotated).toMatchObject({ badgeNumber: issued?.badgeNumber, serial: 1 });
    expect(rotated?.credential).not.toBe(issued?.credential);
    expect(verifyCredential(await keyring(), rotated?.credential ?? '')).toMatchObject({ status: 'valid', claims: { serial: 1 } });
    const revoked = (await as<{ revokeBadge: Badge }>('officer', REVOKE, { id: issued?.id, reason: 'left the delegation' })).data?.revokeBadge;
    expect(revoked).toMatchObject({ status: 'REVOKED', revokedReason: 'left the delegation' });
    const audit = await api.prisma.auditEntry.findMany({ where: { entityId: issued?.id, entityType: 'Badge' }, orderBy: { at: 'asc' } });
    expect(audit.map((row) => row.action)).toEqual(['create', 'update', 'revoke']);
    const pdf = await as('officer', PDF, { id: approved[2] });
    expect(pdf.errors?.[0]?.message).toMatch(/revoked/);
  });

  it('cancels a queued rendering at once', async () => {
    const started = await as<{ renderEditionBadges: Run }>('officer', RENDER);
    expect(started.errors).toBeUndefined();
    const cancelled = await as<{ cancelBadgeRender: Run }>('officer', CANCEL, { id: started.data?.renderEditionBadges.id });
    expect(cancelled.data?.cancelBadgeRender).toMatchObject({ status: 'CANCELLED', cancelRequested: true, mergedKey: null });
  });

  it('renders the whole edition through a real worker: progress to the end, one PDF per participant and a merged one in storage', async () => {
    worker = await startWorkerProcess({ DATABASE_URL: api.url ?? '', REDIS_URL: 'redis://127.0.0.1:6379', BULL_PREFIX: prefix, STORAGE_LOCAL_ROOT: storageRoot });
    // Approved since the others' badges were issued: the rendering issues its badge first.
    const category = (await api.prisma.application.findUniqueOrThrow({ where: { id: approved[0] } })).categoryId;
    const late = await seedApplication(api.prisma, { editionId: forum.editionId, categoryId: category, status: 'APPROVED', givenName: 'Anahit', familyName: 'Petrosyan' });
    const started = (await as<{ renderEditionBadges: Run }>('officer', RENDER)).data?.renderEditionBadges;
    // Three active badges of approved applications: the revoked one is not printed.
    expect(started).toMatchObject({ status: 'QUEUED', total: 3 });
    expect(await api.prisma.badge.findUniqueOrThrow({ where: { applicationId: late.id } })).toMatchObject({ badgeNumber: 4, serial: 0, status: 'ACTIVE' });
    let watched: Run | undefined;
    await until('the rendering to finish', async () => {
      watched = (await as<{ badgeRenderRun: Run }>('officer', WATCH, { id: started?.id })).data?.badgeRenderRun;
      return watched?.status === 'DONE' || watched?.status === 'FAILED';
    });
    expect(watched).toMatchObject({ status: 'DONE', total: 3, done: 3 });
    const merged = await readFile(path.join(storageRoot, watched?.mergedKey ?? 'missing'));
    expect(await pageCount(merged)).toBe(3);
    const badges = await api.prisma.badge.findMany({ where: { status: 'ACTIVE' }, orderBy: { badgeNumber: 'asc' } });
    expect(await qrCodesOf(merged)).toEqual(badges.map((b) => b.credential));
    for (const badge of badges) {
      const single = await readFile(path.join(storageRoot, 'editions', forum.editionId, 'participants', badge.applicationId, 'badge.pdf'));
      expect(await qrCodesOf(single)).toEqual([badge.credential]);
    }
    // The earlier, cancelled run left no merged PDF behind.
    const runs = await api.prisma.badgeRenderRun.findMany({ where: { status: 'CANCELLED' } });
    expect(runs.map((run) => run.mergedKey)).toEqual([null]);
  });
});
